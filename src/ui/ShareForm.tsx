import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { UI_LANGUAGES, type UiLanguage } from '../catalogue/vocabulary'
import { embedQuery, type EmbedParams } from '../embed/query'
import { AUTONYMS } from '../i18n/languages'
import { href } from '../routing/base'
import { formatRoute } from '../routing/route'
import { selectCityId, selectInitiativeId } from '../state/selectors'
import { useExpo } from '../state/useExpo'

type Kind = 'tag' | 'iframe'

/** The snippet a partner pastes: the script and the element, or a plain iframe. */
export function snippet(
  kind: Kind,
  site: string,
  params: EmbedParams,
  height: number,
  title: string,
) {
  const query = embedQuery(params)
  if (kind === 'iframe')
    return `<iframe src="${site}embed.html${query ? `?${query.replace(/&/g, '&amp;')}` : ''}" title="${title.replace(/"/g, '&quot;')}" width="100%" height="${height}" style="border:0" loading="lazy" allow="fullscreen"></iframe>`
  const attributes = Object.entries(params)
    .filter(([, value]) => value)
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('')
  return `<script type="module" src="${site}embed.js"></script>\n<creative-cities-expo${attributes} height="${height}"></creative-cities-expo>`
}

export interface ShareFormProps {
  /** Prefix of the form's element ids (the dialog's title is `${id}-title`). */
  id: string
}

/** The Share dialog's content: loaded when the dialog first opens (a chunk of its own). */
export default function ShareForm({ id }: ShareFormProps) {
  const { t } = useTranslation()
  const route = useExpo((s) => s.route)
  const language = useExpo((s) => s.language)
  const city = useExpo(selectCityId)
  const initiative = useExpo(selectInitiativeId)
  const [kind, setKind] = useState<Kind>('tag')
  const [lang, setLang] = useState<UiLanguage | ''>('')
  const [view, setView] = useState<'' | '2d' | '3d'>('')
  const [controls, setControls] = useState<'full' | 'minimal'>('full')
  const [height, setHeight] = useState(480)
  const [copied, setCopied] = useState<string | null>(null)
  // Absolute addresses exist only in a browser: the form is drawn only once the dialog is open.
  const site = new URL(href('/'), location.origin).href
  const link = new URL(href(formatRoute(route, language)), site).href
  const params: EmbedParams = {
    city,
    initiative,
    lang: lang || language,
    field: route.params.field,
    sdg: route.params.sdg,
    view: view || undefined,
    controls: controls === 'minimal' ? 'minimal' : undefined,
  }
  const code = snippet(kind, site, params, height, document.title)
  const copy = (text: string, what: string) => {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(what),
      () => setCopied(null),
    )
  }
  return (
    <>
      <form method="dialog" className="share-close">
        <button type="submit" className="link-button">
          {t('share.close')}
        </button>
      </form>
      <h2 id={`${id}-title`}>{t('share.title')}</h2>
      <label htmlFor={`${id}-link`}>{t('share.link')}</label>
      <div className="share-row">
        <input id={`${id}-link`} readOnly value={link} onFocus={(e) => e.target.select()} />
        <button type="button" className="button" onClick={() => copy(link, 'link')}>
          {copied === 'link' ? t('share.copied') : t('share.copyLink')}
        </button>
      </div>
      <h3>{t('share.embed')}</h3>
      <fieldset className="share-options">
        <legend className="visually-hidden">{t('share.embed')}</legend>
        <label>
          <input type="radio" checked={kind === 'tag'} onChange={() => setKind('tag')} />
          {t('share.tag')}
        </label>
        <label>
          <input type="radio" checked={kind === 'iframe'} onChange={() => setKind('iframe')} />
          {t('share.iframe')}
        </label>
        <label>
          {t('share.language')}
          <select value={lang} onChange={(e) => setLang(e.target.value as UiLanguage | '')}>
            <option value="">{AUTONYMS[language]}</option>
            {UI_LANGUAGES.filter((l) => l !== language).map((l) => (
              <option key={l} value={l} lang={l}>
                {AUTONYMS[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('share.view')}
          <select value={view} onChange={(e) => setView(e.target.value as '' | '2d' | '3d')}>
            <option value="">{t('share.auto')}</option>
            <option value="2d">{t('view.2d')}</option>
            <option value="3d">{t('view.3d')}</option>
          </select>
        </label>
        <label>
          {t('share.controls')}
          <select
            value={controls}
            onChange={(e) => setControls(e.target.value === 'minimal' ? 'minimal' : 'full')}
          >
            <option value="full">{t('share.full')}</option>
            <option value="minimal">{t('share.minimal')}</option>
          </select>
        </label>
        <label>
          {t('share.height')}
          <input
            type="number"
            min={240}
            max={1200}
            step={20}
            value={height}
            onChange={(e) =>
              setHeight(Math.min(1200, Math.max(240, Number(e.target.value) || 480)))
            }
          />
        </label>
      </fieldset>
      <label htmlFor={`${id}-code`}>{t('share.code')}</label>
      <textarea id={`${id}-code`} readOnly rows={4} value={code} dir="ltr" />
      <p>
        <button type="button" className="button" onClick={() => copy(code, 'code')}>
          {copied === 'code' ? t('share.copied') : t('share.copyCode')}
        </button>
      </p>
      <h3>{t('share.preview')}</h3>
      <iframe
        className="share-preview"
        title={t('share.preview')}
        src={`${site}embed.html?${embedQuery({ ...params, view: params.view ?? '2d' })}`}
        style={{ blockSize: `${Math.min(height, 360)}px` }}
        loading="lazy"
      />
    </>
  )
}

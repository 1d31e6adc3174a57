import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { exhibitsByLanguage, exhibitsByRegion } from '../../catalogue/collection'
import { useExpo } from '../../state/useExpo'
import { Loc } from '../Loc'
import { RouteLink } from '../RouteLink'
import { ChartFigure } from './ChartFigure'

const AUTONYMS: Record<string, string> = {
  en: 'English',
  fr: 'Français',
  zh: '中文',
  es: 'Español',
  ar: 'العربية',
  ru: 'Русский',
}

/** Where the collection is thin: exhibits per UNESCO region and per content language. */
export function Gaps() {
  const { t, i18n } = useTranslation()
  const cities = useExpo((s) => s.catalogue?.cities)
  const note = useExpo((s) => s.catalogue?.exhibition.collectionNote)
  const regions = useMemo(() => exhibitsByRegion(cities ?? []), [cities])
  const languages = useMemo(() => exhibitsByLanguage(cities ?? []), [cities])
  const total = (cities ?? []).reduce((n, c) => n + c.initiatives.length, 0)
  const max = Math.max(1, ...regions.values())
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' })
  /** The bar's length in twentieths (a CSS step: no inline style under the site's CSP). */
  const bar = (k: number) => Math.round(Math.min(1, Math.max(0, k)) * 20)
  return (
    <ChartFigure title={t('about.gapsTitle')} description={t('about.gapsDescription')}>
      <div className="gaps">
        <section>
          <h3>{t('about.byRegion')}</h3>
          <dl className="bars">
            {[...regions].map(([region, count]) => (
              <div key={region}>
                <dt>
                  <RouteLink place={{ name: 'ground' }} params={{ region }}>
                    {t(`region.${region}`)}
                  </RouteLink>
                </dt>
                <dd>
                  <span className="bar" data-k={bar(count / max)} aria-hidden="true" />
                  {t('ground.exhibitCount', { count })}
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <section>
          <h3>{t('about.byLanguage')}</h3>
          <dl className="bars">
            {[...languages].map(([lang, count]) => (
              <div key={lang}>
                <dt lang={lang} className="autonym">
                  {AUTONYMS[lang]}
                </dt>
                <dd>
                  <span
                    className="bar"
                    data-k={bar(count / Math.max(1, total))}
                    aria-hidden="true"
                  />
                  {percent.format(count / Math.max(1, total))}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
      <p className="chart-note">{t('about.sdgNote')}</p>
      {note ? (
        <p className="chart-note">
          <Loc text={note} tag />
        </p>
      ) : null}
    </ChartFigure>
  )
}

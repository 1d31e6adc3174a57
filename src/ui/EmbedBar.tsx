import { useTranslation } from 'react-i18next'
import { href } from '../routing/base'
import { formatRoute } from '../routing/route'
import { useExpo } from '../state/useExpo'
import { Loc } from './Loc'

/** In an embed: the exhibition's name and a link that opens the same view in a new tab. */
export function EmbedBar() {
  const { t } = useTranslation()
  const route = useExpo((s) => s.route)
  const language = useExpo((s) => s.language)
  const title = useExpo((s) => s.catalogue?.exhibition.title)
  return (
    <div className="embed-bar">
      <span className="embed-brand">
        <span className="brand-mark" aria-hidden="true" />
        {title ? <Loc text={title} /> : null}
      </span>
      <a
        className="embed-open"
        href={href(formatRoute(route, language))}
        target="_blank"
        rel="noopener"
      >
        {t('embed.open')}
        <span className="visually-hidden"> {t('embed.newTab')}</span>
        <svg className="embed-open-icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M4 2h6v6M10 2 3 9" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </a>
    </div>
  )
}

import { useTranslation } from 'react-i18next'
import { localize } from '../catalogue/localize'
import { href } from '../routing/base'
import { formatRoute } from '../routing/route'
import {
  selectCity,
  selectField,
  selectInitiativeMap,
  selectLoadedInitiative,
} from '../state/derived'
import { selectCityId, selectInitiativeId } from '../state/selectors'
import { useExpo } from '../state/useExpo'
import { Loc } from './Loc'
import { Poster } from './Poster'

/**
 * A small frame (under 480×360) shows what it is about, not a crushed page: the pavilion's or
 * exhibit's picture, its name, a few lines, and the way into the full exhibition.
 */
export function EmbedCompact() {
  const { t } = useTranslation()
  const language = useExpo((s) => s.language)
  const route = useExpo((s) => s.route)
  const exhibition = useExpo((s) => s.catalogue?.exhibition)
  const city = useExpo((s) => selectCity(s, selectCityId(s)))
  const field = useExpo((s) => selectField(s, city?.field))
  const initiative = useExpo((s) => {
    const id = selectInitiativeId(s)
    return id ? selectInitiativeMap(s).get(id)?.initiative : undefined
  })
  const full = useExpo((s) => (city ? s.cities.get(city.id) : undefined))
  const loaded = useExpo((s) => selectLoadedInitiative(s, city?.id, initiative?.id))
  if (!exhibition) return null
  const poster = initiative?.id ?? city?.initiatives[0]?.id
  const fullCity = full?.status === 'ready' ? full.city : undefined
  const lines = initiative ? loaded?.summary : (fullCity?.introduction ?? exhibition.subtitle)
  return (
    <article className={`embed-compact${city ? ` field--${city.field}` : ''}`}>
      {poster ? (
        <Poster initiativeId={poster} alt="" width={120} />
      ) : (
        <span className="brand-mark embed-compact-mark" aria-hidden="true" />
      )}
      <div className="embed-compact-text">
        <p className="eyebrow">
          {field ? (
            <span lang={localize(field.cityTitle, language).lang}>
              {localize(field.cityTitle, language).text}
            </span>
          ) : (
            <Loc text={exhibition.title} />
          )}
        </p>
        <h1>
          <Loc text={initiative?.title ?? city?.name ?? exhibition.title} />
        </h1>
        {lines ? (
          <p className="embed-compact-lines">
            <Loc text={lines} />
          </p>
        ) : null}
        <a
          className="button"
          href={href(formatRoute(route, language))}
          target="_blank"
          rel="noopener"
        >
          {t('embed.open')}
          <span className="visually-hidden"> {t('embed.newTab')}</span>
        </a>
      </div>
    </article>
  )
}

import { useTranslation } from 'react-i18next'
import { selectCity } from '../state/derived'
import { useExpo, useExpoStore, usePart } from '../state/useExpo'
import { CityHead } from './CityHead'
import { Loc } from './Loc'
import { PartFailed } from './PartFailed'
import { useOnline } from './useOnline'

export interface CityUnavailableProps {
  cityId: string
  /** The file failed because the network was off (no copy of it is kept on this device). */
  offline: boolean
}

/**
 * A pavilion whose file could not be loaded: the failure, with "Try again", and what the index
 * already knows of it (name, country, field, the exhibits' titles), so an offline visitor still
 * learns what is there.
 */
export function CityUnavailable({ cityId, offline }: CityUnavailableProps) {
  const { t } = useTranslation()
  const store = useExpoStore()
  // The titles come with a part of the index (precached by the service worker).
  const titled = usePart('titles')
  const summary = useExpo((s) => selectCity(s, cityId))
  const online = useOnline()
  const retry = () => store.getState().forgetCity(cityId)
  // Worded as offline when the request failed offline, or when the browser is offline now.
  const message = offline || !online ? t('city.offline') : t('city.failed')
  if (!summary) return <PartFailed message={message} retry={retry} />
  return (
    <article className={`city-page city-page--unavailable field--${summary.field}`}>
      <CityHead city={summary} />
      <PartFailed message={message} retry={retry} />
      {summary.initiatives.length > 0 ? (
        <section aria-labelledby="known-heading">
          <h2 id="known-heading">{t('city.exhibits')}</h2>
          {titled ? (
            <ul className="known-exhibits">
              {summary.initiatives.map((initiative) =>
                initiative.title ? (
                  <li key={initiative.id}>
                    <Loc text={initiative.title} />
                  </li>
                ) : null,
              )}
            </ul>
          ) : (
            <p>{t('ground.exhibitCount', { count: summary.initiatives.length })}</p>
          )}
        </section>
      ) : null}
    </article>
  )
}

import { useTranslation } from 'react-i18next'
import { selectCity } from '../state/derived'
import { useExpo } from '../state/useExpo'
import { CityUnavailable } from './CityUnavailable'
import { ExhibitPage } from './ExhibitPage'
import { CityHead } from './CityHead'
import { Loc } from './Loc'
import { NotFound } from './NotFound'
import { Poster } from './Poster'
import { RouteLink } from './RouteLink'

export interface CityPageProps {
  cityId: string
  initiativeId?: string | undefined
}

export function CityPage({ cityId, initiativeId }: CityPageProps) {
  const { t } = useTranslation()
  const summary = useExpo((s) => selectCity(s, cityId))
  const entry = useExpo((s) => s.cities.get(cityId))

  if (!summary) return <NotFound message={t('city.notFound', { id: cityId })} />
  if (!entry || entry.status === 'loading') return <p className="status">{t('city.loading')}</p>
  if (entry.status === 'failed')
    return <CityUnavailable cityId={cityId} offline={entry.offline === true} />
  const { city } = entry
  if (initiativeId) return <ExhibitPage city={city} initiativeId={initiativeId} />

  return (
    <article className={`city-page field--${city.field}`}>
      <CityHead city={city}>
        <p className="lede">
          <Loc text={city.introduction} tag />
        </p>
      </CityHead>
      <section aria-labelledby="exhibits-heading">
        <h2 id="exhibits-heading">{t('city.exhibits')}</h2>
        <ol className="exhibit-list">
          {city.initiatives.map((initiative) => (
            <li key={initiative.id}>
              <RouteLink
                place={{ name: 'initiative', cityId, initiativeId: initiative.id }}
                className="exhibit-card"
              >
                <Poster initiativeId={initiative.id} width={240} />
                <span className="exhibit-card-text">
                  <strong>
                    <Loc text={initiative.title} />
                  </strong>
                  <span className="exhibit-card-summary">
                    <Loc text={initiative.summary} />
                  </span>
                </span>
              </RouteLink>
            </li>
          ))}
        </ol>
      </section>
    </article>
  )
}

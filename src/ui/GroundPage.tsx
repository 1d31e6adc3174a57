import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { filterCities } from '../catalogue/query'
import { useExpo } from '../state/useExpo'
import { CityCard } from './CityCard'
import { FieldIndex } from './FieldIndex'
import { Filters } from './Filters'
import { Loc } from './Loc'
import { TourList } from './TourList'

/** Pavilion cards shown at once. */
const PAGE = 120

export function GroundPage() {
  const { t } = useTranslation()
  const catalogue = useExpo((s) => s.catalogue)
  const params = useExpo((s) => s.route.params)
  const shown = useMemo(
    () =>
      filterCities(catalogue?.cities ?? [], { field: params.field, sdg: params.sdg, q: params.q }),
    [catalogue, params.field, params.sdg, params.q],
  )
  // Cards come in pages: a network of thousands of cities must not hold up the first screen.
  const [limit, setLimit] = useState({ key: '', count: PAGE })
  const filterKey = [params.field, params.sdg, params.practice, params.region, params.q].join('|')
  const count = limit.key === filterKey ? limit.count : PAGE
  if (!catalogue) return null
  const { exhibition } = catalogue
  return (
    <article className="ground">
      <header className="hero">
        <p className="eyebrow">{t('ground.eyebrow')}</p>
        <h1>
          <Loc text={exhibition.title} />
        </h1>
        <p className="hero-subtitle">
          <Loc text={exhibition.subtitle} />
        </p>
        <p className="hero-intro">
          <Loc text={exhibition.introduction} tag />
        </p>
      </header>
      <FieldIndex />
      <TourList />
      <section className="cities" aria-labelledby="cities-heading">
        <div className="section-head">
          <h2 id="cities-heading">{t('ground.citiesHeading')}</h2>
          <p className="muted">
            {t('filter.showing', { shown: shown.length, total: catalogue.cities.length })}
          </p>
        </div>
        <Filters />
        {shown.length === 0 ? <p className="status">{t('ground.noMatch')}</p> : null}
        <ul className="city-grid">
          {shown.slice(0, count).map((city) => (
            <li key={city.id}>
              <CityCard cityId={city.id} />
            </li>
          ))}
        </ul>
        {shown.length > count ? (
          <p className="more">
            <button
              type="button"
              className="button"
              onClick={() => setLimit({ key: filterKey, count: count + PAGE })}
            >
              {t('ground.showMore')}
            </button>
          </p>
        ) : null}
      </section>
      <footer className="credits">
        <h2>{t('ground.credits')}</h2>
        <p>
          <Loc text={exhibition.credits} tag />
        </p>
      </footer>
    </article>
  )
}

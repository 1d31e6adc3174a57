import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { selectSelection } from '../state/derived'
import { useExpo } from '../state/useExpo'
import { CityCard } from './CityCard'
import { FieldIndex } from './FieldIndex'
import { Filters } from './Filters'
import { Loc } from './Loc'
import { RouteLink } from './RouteLink'
import { TourList } from './TourList'

/** Pavilion cards shown at once. */
const PAGE = 120

export function GroundPage() {
  const { t } = useTranslation()
  const catalogue = useExpo((s) => s.catalogue)
  const selection = useExpo(selectSelection)
  const shown = selection.cities
  // Cards come in pages: a network of thousands of cities must not hold up the first screen.
  // A new selection starts again from the first page.
  const [limit, setLimit] = useState({ key: selection as object, count: PAGE })
  const count = limit.key === selection ? limit.count : PAGE
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
        <p className="hero-more">
          <RouteLink place={{ name: 'about' }} className="button button--quiet">
            {t('about.link')}
          </RouteLink>
        </p>
      </header>
      <FieldIndex />
      <TourList />
      <section className="cities" aria-labelledby="cities-heading">
        <div className="section-head">
          <h2 id="cities-heading">{t('ground.citiesHeading')}</h2>
        </div>
        <Filters />
        {shown.length === 0 ? <p className="status">{t('ground.noMatch')}</p> : null}
        <ul className="city-grid">
          {shown.slice(0, count).map((id) => (
            <li key={id}>
              <CityCard cityId={id} />
            </li>
          ))}
        </ul>
        {shown.length > count ? (
          <p className="more">
            <button
              type="button"
              className="button"
              onClick={() => setLimit({ key: selection, count: count + PAGE })}
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

import { useTranslation } from 'react-i18next'
import { useExpo, usePart } from '../../state/useExpo'
import { Loc } from '../Loc'
import { FieldSdgMatrix } from './FieldSdgMatrix'
import { Gaps } from './Gaps'
import { NetworkMap } from './NetworkMap'
import { Timeline } from './Timeline'

/** The collection as a whole (`#/about`): four charts drawn from the content, each with a table. */
export function AboutPage() {
  const { t } = useTranslation()
  // The timeline and the gaps name exhibits by title.
  usePart('titles')
  const exhibition = useExpo((s) => s.catalogue?.exhibition)
  const cities = useExpo((s) => s.catalogue?.cities)
  if (!exhibition || !cities) return null
  const exhibits = cities.reduce((n, c) => n + c.initiatives.length, 0)
  return (
    <article className="about">
      <header className="hero">
        <p className="eyebrow">
          <Loc text={exhibition.title} />
        </p>
        <h1>{t('about.title')}</h1>
        <p className="hero-subtitle">{t('about.summary', { exhibits, cities: cities.length })}</p>
      </header>
      <FieldSdgMatrix />
      <NetworkMap />
      <Timeline />
      <Gaps />
    </article>
  )
}

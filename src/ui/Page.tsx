import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { useExpo } from '../state/useExpo'
import { CityPage } from './CityPage'
import { GroundPage } from './GroundPage'
import { NotFound } from './NotFound'

// The charts (and the coastlines they draw) load only with the about page.
const AboutPage = lazy(() => import('./about/AboutPage').then((m) => ({ default: m.AboutPage })))

/** The page for the place in the address. */
export function Page() {
  const { t } = useTranslation()
  const place = useExpo((s) => s.route.place)
  switch (place.name) {
    case 'about':
      return (
        <Suspense fallback={<p className="status">{t('app.loading')}</p>}>
          <AboutPage />
        </Suspense>
      )
    case 'ground':
      return <GroundPage />
    case 'city':
    case 'initiative':
      return (
        <CityPage
          cityId={place.cityId}
          initiativeId={place.name === 'initiative' ? place.initiativeId : undefined}
        />
      )
    case 'unknown':
      return <NotFound path={place.path} />
  }
}

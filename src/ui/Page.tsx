import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { Place } from '../routing/route'
import { useExpo } from '../state/useExpo'
import { CityPage } from './CityPage'
import { GroundPage } from './GroundPage'
import { NotFound } from './NotFound'

// The charts (and the coastlines they draw) load only with the about page.
const loadAbout = () => import('./about/AboutPage')
const LazyAbout = lazy(() => loadAbout().then((m) => ({ default: m.AboutPage })))
let about: Awaited<ReturnType<typeof loadAbout>> | null = null

/**
 * Loads what a place's page needs before the first render, so a page that starts on its
 * prerendered HTML is replaced by the same content at once, not by a loading message.
 */
export async function preparePage(place: Place): Promise<void> {
  if (place.name === 'about') about = await loadAbout()
}

/** The page for the place in the address. */
export function Page() {
  const { t } = useTranslation()
  const place = useExpo((s) => s.route.place)
  switch (place.name) {
    case 'about':
      // Prepared (see preparePage): no boundary, so nothing is written as "still loading".
      if (about) return <about.AboutPage />
      return (
        <Suspense fallback={<p className="status">{t('app.loading')}</p>}>
          <LazyAbout />
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

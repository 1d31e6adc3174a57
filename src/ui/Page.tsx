import { lazy, Suspense, type ComponentType, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Place } from '../routing/route'
import { useExpo } from '../state/useExpo'
import type { CityPageProps } from './CityPage'
import { GroundPage } from './GroundPage'
import { NotFound } from './NotFound'

/**
 * A page in a chunk of its own: the home page (the ground) is in the first bundle; the city and
 * exhibit pages and the about page (its charts and coastlines) load when first visited.
 */
function chunkedPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null
  const Lazy = lazy(() => load().then((component) => ({ default: component })))
  return {
    prepare: async () => {
      loaded = await load()
    },
    render: (props: P, loading: ReactNode) => {
      // Prepared (see preparePage): no boundary, so nothing is written as "still loading".
      if (loaded) {
        const Loaded = loaded
        return <Loaded {...props} />
      }
      return (
        <Suspense fallback={loading}>
          <Lazy {...props} />
        </Suspense>
      )
    },
  }
}

const about = chunkedPage(() => import('./about/AboutPage').then((m) => m.AboutPage))
const city = chunkedPage<CityPageProps>(() => import('./CityPage').then((m) => m.CityPage))

/**
 * Fetches the city and exhibit pages' chunk ahead (after the first screen), so that a visitor
 * who goes offline after the first page can still open a pavilion's page.
 */
export function warmUp(): Promise<void> {
  return city.prepare()
}

/**
 * Loads what a place's page needs before the first render, so a page that starts on its
 * prerendered HTML is replaced by the same content at once, not by a loading message.
 */
export async function preparePage(place: Place): Promise<void> {
  if (place.name === 'about') await about.prepare()
  if (place.name === 'city' || place.name === 'initiative') await city.prepare()
}

/** The page for the place in the address. */
export function Page() {
  const { t } = useTranslation()
  const place = useExpo((s) => s.route.place)
  const loading = <p className="status">{t('app.loading')}</p>
  switch (place.name) {
    case 'about':
      return about.render({}, loading)
    case 'ground':
      return <GroundPage />
    case 'city':
    case 'initiative':
      return city.render(
        {
          cityId: place.cityId,
          initiativeId: place.name === 'initiative' ? place.initiativeId : undefined,
        },
        loading,
      )
    case 'unknown':
      return <NotFound path={place.path} />
  }
}

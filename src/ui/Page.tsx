import { useExpo } from '../state/useExpo'
import { CityPage } from './CityPage'
import { GroundPage } from './GroundPage'
import { NotFound } from './NotFound'

/** The page for the place in the address. */
export function Page() {
  const place = useExpo((s) => s.route.place)
  switch (place.name) {
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

import { useMemo } from 'react'
import type { CatalogueTour as Tour } from '../catalogue/compiled'
import { clampStop, stopPlace } from '../layout/tour'
import { formatPlace, type Place } from '../routing/route'
import { selectTour } from '../state/derived'
import { useExpo, usePart } from '../state/useExpo'

export interface TourState {
  tour: Tour
  stop: number
  place: Place
  /** The visitor is at the stop's place (not wandered off). */
  atStop: boolean
}

/** The tour in the address, if any, and where its current stop is. */
export function useTour(): TourState | null {
  const tourId = useExpo((s) => s.route.params.tour)
  const stopParam = useExpo((s) => s.route.params.stop)
  const here = useExpo((s) => formatPlace(s.route.place))
  const tour = useExpo((s) => selectTour(s, tourId))
  // What the guide says arrives with the narration part, asked for once a tour runs.
  usePart('narration', Boolean(tourId))
  return useMemo(() => {
    if (!tour) return null
    const stop = clampStop(tour, stopParam)
    const place = stopPlace(tour, stop)
    return { tour, stop, place, atStop: formatPlace(place) === here }
  }, [tour, stopParam, here])
}

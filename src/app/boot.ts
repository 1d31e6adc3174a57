/**
 * What both entries (index.html, embed.html) do before their first render: the saved language,
 * the readiness test hook, and loading what the first screen shows.
 */
import { LANGUAGE_KEY } from '../i18n/detect'
import { stopPlace } from '../layout/tour'
import { selectTour } from '../state/derived'
import type { FrameStats } from '../state/frameStats'
import { selectCityId, selectView } from '../state/selectors'
import type { ExpoStore } from '../state/store'
import { preparePage } from '../ui/Page'
import type { PartName } from '../catalogue/parts'
import { loadCatalogue, loadCity, loadPart } from './catalogueSource'

export function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY)
  } catch {
    return null
  }
}

/**
 * `__expo.ready`: strings loaded, the page mounted (listeners in place), the chunks of the likely
 * next pages fetched (or failed: see ui/Shell's warm-up), a 3D frame if 3D.
 */
export function readiness(store: ExpoStore, stats: FrameStats) {
  let strings = false
  return {
    stringsLoaded: () => {
      strings = true
    },
    isReady: () => {
      const state = store.getState()
      return (
        strings &&
        document.body.dataset.expoMounted === 'true' &&
        document.body.dataset.expoWarm === 'true' &&
        state.catalogueStatus !== 'loading' &&
        (selectView(state) === '2d' || stats.frames > 0)
      )
    },
  }
}

/**
 * The catalogue, then the city file of the place, the parts of the index the page shows and the
 * page's lazy chunk: a page that starts on its prerendered HTML is replaced by the same content,
 * with no loading message between.
 * A tour in the address (an embed's `tour`) starts at its first stop.
 */
export async function loadFirstScreen(store: ExpoStore): Promise<void> {
  await Promise.all([
    loadCatalogue(store)
      .then(() => {
        const state = store.getState()
        const { tour: tourId } = state.route.params
        const tour = selectTour(state, tourId)
        if (tour && state.route.place.name === 'ground')
          state.syncFromLocation({
            place: stopPlace(tour, 0),
            params: { ...state.route.params, stop: 0 },
          })
        const cityId = selectCityId(store.getState())
        return cityId ? loadCity(store, cityId) : undefined
      })
      .then(() => Promise.all(firstParts(store).map((name) => loadPart(store, name)))),
    preparePage(store.getState().route.place),
  ])
}

/** The parts of the index the first screen shows (the views ask for the same, see `usePart`). */
function firstParts(store: ExpoStore): PartName[] {
  const state = store.getState()
  const { place, params } = state.route
  const parts: PartName[] = []
  if (params.tour) parts.push('narration')
  if (place.name === 'about') parts.push('titles', 'network')
  if (place.name === 'initiative') {
    const entry = state.cities.get(place.cityId)
    const city = entry?.status === 'ready' ? entry.city : undefined
    if (city?.initiatives.find((i) => i.id === place.initiativeId)?.otherCities?.length)
      parts.push('network')
  }
  return parts
}

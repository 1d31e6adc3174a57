/** Derived reads of the store, shared by both views. Pure functions of the state. */
import type { ExpoState } from './store'

export const selectView = (state: ExpoState): '2d' | '3d' => {
  const wanted = state.route.params.view
  if (wanted === '3d') return state.webgl ? '3d' : '2d'
  return wanted ?? state.autoView
}

export const selectCityId = (state: ExpoState): string | undefined =>
  state.route.place.name === 'city' || state.route.place.name === 'initiative'
    ? state.route.place.cityId
    : undefined

export const selectInitiativeId = (state: ExpoState): string | undefined =>
  state.route.place.name === 'initiative' ? state.route.place.initiativeId : undefined

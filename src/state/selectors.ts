/** Derived reads of the store, shared by both views. Pure functions of the state. */
import type { ExpoState } from './store'

export const selectView = (state: ExpoState): '2d' | '3d' => {
  // The about page's charts need the whole page: it is always shown as a page.
  if (state.route.place.name === 'about') return '2d'
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

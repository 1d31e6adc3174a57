import type { StateCreator } from 'zustand'
import { GROUND, sameRoute, type Place, type Route, type RouteParams } from '../routing/route'
import type { ExpoState } from './store'

/** How the last route change happened, so the one sync module knows whether to write history. */
export type RouteSource = 'push' | 'replace' | 'location'

export interface NavigationSlice {
  route: Route
  routeSource: RouteSource
  /** Go to a place, keeping the current parameters unless new ones are given. */
  goTo: (place: Place, params?: Partial<RouteParams>) => void
  /** Change parameters in place (filters, language, view): replaces the history entry. */
  setParams: (params: Partial<RouteParams>) => void
  /** Called by the route sync module only, when the browser's location changed. */
  syncFromLocation: (route: Route) => void
}

function merge(params: RouteParams, patch: Partial<RouteParams>): RouteParams {
  const next: RouteParams = { ...params, ...patch }
  for (const key of Object.keys(next) as (keyof RouteParams)[])
    if (next[key] === undefined) delete next[key]
  return next
}

export const createNavigationSlice: StateCreator<ExpoState, [], [], NavigationSlice> = (
  set,
  get,
) => ({
  route: GROUND,
  routeSource: 'location',
  goTo: (place, params = {}) => {
    const route = { place, params: merge(get().route.params, params) }
    if (!sameRoute(route, get().route)) set({ route, routeSource: 'push' })
  },
  setParams: (params) => {
    const route = { ...get().route, params: merge(get().route.params, params) }
    if (!sameRoute(route, get().route)) set({ route, routeSource: 'replace' })
  },
  syncFromLocation: (route) => {
    if (!sameRoute(route, get().route)) set({ route, routeSource: 'location' })
  },
})

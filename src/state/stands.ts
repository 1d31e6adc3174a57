/**
 * The page of stands a pavilion shows in 3D (layout/interior.ts): the page of the exhibit in the
 * address, or the one the visitor turned to; the first otherwise. One place decides it for the
 * room, the pager and the keys.
 */
import { pageOf, pageRange, standPages } from '../layout/interior'
import { selectCity } from './derived'
import type { ExpoState } from './store'

export interface StandsView {
  page: number
  pages: number
  /** Index of the first exhibit on the page, and how many there are. */
  start: number
  size: number
  count: number
}

export function selectStands(state: ExpoState, cityId: string | undefined): StandsView {
  const ids = selectCity(state, cityId)?.initiatives.map((i) => i.id) ?? []
  const { place } = state.route
  const selected =
    place.name === 'initiative' && place.cityId === cityId ? ids.indexOf(place.initiativeId) : -1
  const { stands } = state
  const turned = stands && stands.cityId === cityId ? stands.page : null
  // The exhibit in the address is always on the page shown; otherwise the page last turned to.
  const wanted =
    selected >= 0 && (turned === null || pageOf(selected) !== turned)
      ? pageOf(selected)
      : (turned ?? 0)
  const { page, start, size } = pageRange(ids.length, wanted)
  return { page, pages: standPages(ids.length), start, size, count: ids.length }
}

/**
 * Turns to the next (`step` 1) or previous (−1) page of stands of the open pavilion. Looking at
 * one exhibit, the visitor moves on to the first exhibit of that page; else only the page turns.
 */
export function turnStands(state: ExpoState, step: number): void {
  const { place } = state.route
  if (place.name !== 'city' && place.name !== 'initiative') return
  const view = selectStands(state, place.cityId)
  const page = view.page + step
  if (page < 0 || page >= view.pages) return
  state.setStands(place.cityId, page)
  const first = selectCity(state, place.cityId)?.initiatives[pageRange(view.count, page).start]
  if (place.name === 'initiative' && first)
    state.goTo({ name: 'initiative', cityId: place.cityId, initiativeId: first.id })
}

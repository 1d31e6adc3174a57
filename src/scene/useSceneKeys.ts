/**
 * Keyboard in the 3D view (only while it has focus, so no key is stolen from the page):
 * arrows move focus between pavilions (the matching ones, when filters are on) or exhibits, Enter enters, Escape steps out;
 * PageUp/PageDown turn a pavilion's pages of stands;
 * W walks, M switches the layout, P shows or hides the panel. Tab leaves: no trap.
 */
import { useCallback, useMemo, type KeyboardEvent } from 'react'
import { pavilionOrder, stepPavilion } from '../layout/neighbours'
import { selectCity, selectSelection } from '../state/derived'
import { selectStands, turnStands } from '../state/stands'
import { useExpoStore } from '../state/useExpo'
import { usePlan } from './usePlan'

const NEXT = new Set(['ArrowRight', 'ArrowDown'])
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp'])

export function useSceneKeys(): (event: KeyboardEvent<HTMLElement>) => void {
  const store = useExpoStore()
  const { plan } = usePlan()
  const order = useMemo(() => pavilionOrder(plan), [plan])

  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const state = store.getState()
      const { place, params } = state.route
      const step = NEXT.has(event.key) ? 1 : PREVIOUS.has(event.key) ? -1 : 0
      let handled = true
      if (state.walking && event.key !== 'Escape' && !/^[wWmMpP]$/.test(event.key)) return
      if (event.key === 'w' || event.key === 'W') state.setWalking(!state.walking)
      else if (event.key === 'm' || event.key === 'M')
        state.setParams({ layout: params.layout === 'world' ? undefined : 'world' })
      else if (event.key === 'p' || event.key === 'P') state.setPanelOpen(!state.panelOpen)
      else if (place.name !== 'city' && place.name !== 'initiative') {
        const selection = selectSelection(state)
        const shown = selection.narrowed ? order.filter((id) => selection.cityIds.has(id)) : order
        if (step) state.setFocusedCity(stepPavilion(shown, state.focusedCityId, step))
        else if (event.key === 'Enter' && state.focusedCityId)
          state.goTo({ name: 'city', cityId: state.focusedCityId })
        else if (event.key === 'Escape' && state.focusedCityId) state.setFocusedCity(null)
        else handled = false
      } else {
        const city = selectCity(state, place.cityId)
        const ids = city?.initiatives.map((i) => i.id) ?? []
        const at = place.name === 'initiative' ? ids.indexOf(place.initiativeId) : -1
        // From the room, the first (or last) exhibit of the page of stands in view.
        const { start, size } = selectStands(state, place.cityId)
        const entry = ids[step < 0 ? start + size - 1 : start]
        if (step && ids.length) {
          // Through every exhibit, across pages: the room turns to the page of the next one.
          const next = at < 0 ? entry : ids[(at + step + ids.length) % ids.length]
          if (next) state.goTo({ name: 'initiative', cityId: place.cityId, initiativeId: next })
        } else if (event.key === 'PageDown' || event.key === 'PageUp')
          turnStands(state, event.key === 'PageDown' ? 1 : -1)
        else if (event.key === 'Enter' && at < 0 && entry)
          state.goTo({ name: 'initiative', cityId: place.cityId, initiativeId: entry })
        else if (event.key === 'Escape') {
          if (state.walking) state.setWalking(false)
          else if (place.name === 'initiative') state.goTo({ name: 'city', cityId: place.cityId })
          else {
            state.setFocusedCity(place.cityId)
            state.goTo({ name: 'ground' })
          }
        } else handled = false
      }
      if (handled) event.preventDefault()
    },
    [store, order],
  )
}

/**
 * The one module that touches `location`: reads it into the store on load and on back/forward,
 * and writes store changes back as canonical paths (`history.pushState` for a new place,
 * `replaceState` for parameters). An earlier hash address is rewritten to its path in place.
 */
import { useEffect } from 'react'
import { BASE, href } from '../routing/base'
import { formatRoute, isLegacy, parseLocation } from '../routing/route'
import type { ExpoStore } from '../state/store'
import { useExpoStore } from '../state/useExpo'

/** The address bar's canonical form of the store's route. */
export function canonicalHref(store: ExpoStore): string {
  const { route, language } = store.getState()
  return href(formatRoute(route, language))
}

export function RouteSync() {
  const store = useExpoStore()
  useEffect(() => {
    const read = () => {
      const legacy = isLegacy(location)
      store.getState().syncFromLocation(parseLocation(location, BASE))
      // `#/city/x?lang=fr` (old links, tests) lands on `/fr/city/x/`, in the same history entry.
      if (legacy || location.pathname + location.search !== canonicalHref(store))
        history.replaceState(null, '', canonicalHref(store))
    }
    read()
    window.addEventListener('hashchange', read)
    window.addEventListener('popstate', read)
    const unsubscribe = store.subscribe((state, previous) => {
      const moved = state.route !== previous.route || state.language !== previous.language
      if (!moved || state.routeSource === 'location') return
      const url = canonicalHref(store)
      if (url === location.pathname + location.search) return
      if (state.routeSource === 'push') history.pushState(null, '', url)
      else history.replaceState(null, '', url)
    })
    return () => {
      window.removeEventListener('hashchange', read)
      window.removeEventListener('popstate', read)
      unsubscribe()
    }
  }, [store])
  return null
}

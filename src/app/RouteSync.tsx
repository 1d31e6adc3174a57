/**
 * The one module that touches `location`: reads it into the store on load and on back/forward,
 * and writes store changes back as history entries (push) or in place (replace).
 */
import { useEffect } from 'react'
import { useExpoStore } from '../state/useExpo'
import { formatRoute, parseRoute } from '../routing/route'

export function RouteSync() {
  const store = useExpoStore()
  useEffect(() => {
    const read = () => store.getState().syncFromLocation(parseRoute(location.hash, location.search))
    read()
    window.addEventListener('hashchange', read)
    window.addEventListener('popstate', read)
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.route === previous.route || state.routeSource === 'location') return
      const url = `${location.pathname}${location.search}${formatRoute(state.route)}`
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

/**
 * When the browser comes back online, what failed for want of a network is fetched again by
 * itself: the city files that failed are forgotten (CityLoader asks for them anew), the parts
 * of the index that failed are asked for again, and a catalogue that never arrived is loaded. The visitor's "Try again" does the same at any time.
 */
import { useEffect } from 'react'
import { PARTS } from '../catalogue/parts'
import { useExpoStore } from '../state/useExpo'
import { loadCatalogue } from './catalogueSource'

export function Reconnect() {
  const store = useExpoStore()
  useEffect(() => {
    const online = () => {
      const { cities, catalogueStatus, forgetCity, parts, wantPart } = store.getState()
      for (const [id, entry] of cities) if (entry.status === 'failed') forgetCity(id)
      for (const name of PARTS) if (parts[name] === 'failed') wantPart(name)
      if (catalogueStatus === 'failed') void loadCatalogue(store)
    }
    window.addEventListener('online', online)
    return () => window.removeEventListener('online', online)
  }, [store])
  return null
}

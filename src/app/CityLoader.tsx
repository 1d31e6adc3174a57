/** Fetches the full file of the city in the address, once the catalogue is there, and again after a failure when asked. */
import { useEffect } from 'react'
import { selectCityId } from '../state/selectors'
import { useExpo, useExpoStore } from '../state/useExpo'
import { loadCity } from './catalogueSource'

export function CityLoader() {
  const store = useExpoStore()
  const cityId = useExpo(selectCityId)
  const catalogue = useExpo((s) => s.catalogue)
  // Unknown (never asked, or forgotten after a failure so the visitor can try again): fetch.
  const status = useExpo((s) => (cityId ? s.cities.get(cityId)?.status : undefined))
  useEffect(() => {
    if (cityId && catalogue && status === undefined) void loadCity(store, cityId)
  }, [cityId, catalogue, status, store])
  return null
}

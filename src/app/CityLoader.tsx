/** Fetches the full file of the city in the address, once the catalogue is there. */
import { useEffect } from 'react'
import { selectCityId } from '../state/selectors'
import { useExpo, useExpoStore } from '../state/useExpo'
import { loadCity } from './catalogueSource'

export function CityLoader() {
  const store = useExpoStore()
  const cityId = useExpo(selectCityId)
  const catalogue = useExpo((s) => s.catalogue)
  useEffect(() => {
    if (cityId && catalogue) void loadCity(store, cityId)
  }, [cityId, catalogue, store])
  return null
}

/** Filtering and search over the catalogue index. Pure; searches every language at once. */
import type { CitySummary } from './compiled'
import { regionOf } from './regions'
import type { FieldId, Practice, Region, Sdg11Target } from './vocabulary'

export interface CityFilter {
  field?: FieldId | undefined
  sdg?: Sdg11Target | undefined
  practice?: Practice | undefined
  region?: Region | undefined
  q?: string | undefined
}

/** Lower case, without accents, so "krakow" finds "Kraków" and "seville" finds "Séville". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

function haystack(city: CitySummary): string {
  const texts = [
    ...Object.values(city.name),
    city.country,
    ...city.initiatives.flatMap((i) => Object.values(i.title)),
  ]
  return fold(texts.join('\n'))
}

const cache = new WeakMap<CitySummary, string>()

export function matchesCity(city: CitySummary, filter: CityFilter): boolean {
  if (filter.field && city.field !== filter.field) return false
  const { sdg, practice } = filter
  if (sdg && !city.initiatives.some((i) => i.sdg11.includes(sdg))) return false
  if (practice && !city.initiatives.some((i) => i.practices.includes(practice))) return false
  if (filter.region && regionOf(city.country) !== filter.region) return false
  const q = filter.q?.trim()
  if (q) {
    let text = cache.get(city)
    if (text === undefined) cache.set(city, (text = haystack(city)))
    if (
      !fold(q)
        .split(/\s+/)
        .every((word) => text.includes(word))
    )
      return false
  }
  return true
}

export function filterCities(cities: readonly CitySummary[], filter: CityFilter): CitySummary[] {
  return cities.filter((city) => matchesCity(city, filter))
}

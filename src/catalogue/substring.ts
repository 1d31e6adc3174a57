/**
 * A plain substring search over names, countries and titles (what the index holds), used while
 * the full-text search loads: a visitor who types before it arrives still sees the list narrow.
 */
import type { CitySummary } from './compiled'
import type { SearchHits } from './select'

/** Lower case, without accents, so "krakow" finds "Kraków" and "seville" finds "Séville". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

const cache = new WeakMap<object, string>()
function folded(key: object, texts: () => string[]): string {
  let text = cache.get(key)
  if (text === undefined) cache.set(key, (text = fold(texts().join('\n'))))
  return text
}

export function substringHits(cities: readonly CitySummary[], q: string): SearchHits {
  const words = fold(q).split(/\s+/).filter(Boolean)
  const has = (text: string) => words.every((w) => text.includes(w))
  const hitCities = new Set<string>()
  const hitInitiatives = new Set<string>()
  for (const city of cities) {
    if (has(folded(city, () => [...Object.values(city.name), city.country]))) hitCities.add(city.id)
    for (const i of city.initiatives)
      if (has(folded(i, () => (i.title ? Object.values(i.title) : [])))) hitInitiatives.add(i.id)
  }
  const order = cities
    .filter((c) => hitCities.has(c.id) || c.initiatives.some((i) => hitInitiatives.has(i.id)))
    .map((c) => c.id)
  return { cities: hitCities, initiatives: hitInitiatives, order }
}

import { FIELDS } from '../catalogue/vocabulary'
import type { PlannedCity } from './ground'

/** A deterministic synthetic network for tests and the benchmark: fields and years spread. */
export function syntheticCities(count: number, seed = 1): PlannedCity[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `city-${seed}-${i}`,
    field: FIELDS[(i * 5 + seed) % FIELDS.length] ?? 'music',
    designated: 2004 + ((i * 7919) % 20),
  }))
}

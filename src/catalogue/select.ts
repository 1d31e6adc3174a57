/**
 * What a set of filters selects from the catalogue index, and how many exhibits each filter value
 * would leave given the others (facet counts). Pure; the store memoises it (state/derived.ts).
 *
 * An exhibit is selected when its city passes the city filters (field, region), the exhibit
 * passes the exhibit filters (SDG 11 target, kind of practice, year), and, with a search, the
 * exhibit or its city was found. A pavilion is selected when at least one of its exhibits is, or,
 * with no exhibit filter and no search, when it passes the city filters (an empty pavilion too).
 */
import type { CitySummary, InitiativeSummary } from './compiled'
import { regionOf } from './regions'
import type { FieldId, Practice, Region, Sdg11Target } from './vocabulary'

export interface Filter {
  field?: FieldId | undefined
  sdg?: Sdg11Target | undefined
  practice?: Practice | undefined
  region?: Region | undefined
  year?: number | undefined
}

/** What a search found: ids of pavilions and of exhibits, best first. */
export interface SearchHits {
  cities: ReadonlySet<string>
  initiatives: ReadonlySet<string>
  /** Pavilion ids in rank order (a pavilion ranks by its best hit or its exhibits' best). */
  order: readonly string[]
}

export interface Selection {
  /** Selected pavilion ids, in catalogue order, or in search rank with a search. */
  cities: string[]
  initiatives: string[]
  cityIds: ReadonlySet<string>
  initiativeIds: ReadonlySet<string>
  /** True when any filter or search narrows the catalogue. */
  narrowed: boolean
}

export const FACETS = ['field', 'sdg', 'practice', 'region', 'year'] as const
export type Facet = (typeof FACETS)[number]
/** Per facet, exhibits selected for each value given the other active filters. */
export type FacetCounts = Record<Facet, Map<string, number>>

/** The years a period touches: "2020-11/2021-02" → [2020, 2021]; none without a period. */
export function periodYears(period: string | undefined): number[] {
  if (!period) return []
  const [from = '', to = from] = period.split('/')
  const first = Number(from.slice(0, 4))
  const last = Number(to.slice(0, 4))
  if (!Number.isInteger(first) || !Number.isInteger(last) || last < first) return []
  return Array.from({ length: Math.min(last - first, 20) + 1 }, (_, i) => first + i)
}

const cityPasses = (city: CitySummary, filter: Filter) =>
  (!filter.field || city.field === filter.field) &&
  (!filter.region || regionOf(city.country) === filter.region)

const initiativePasses = (initiative: InitiativeSummary, filter: Filter) =>
  (!filter.sdg || initiative.sdg11.includes(filter.sdg)) &&
  (!filter.practice || initiative.practices.includes(filter.practice)) &&
  (filter.year === undefined || periodYears(initiative.period).includes(filter.year))

const narrowsExhibits = (filter: Filter) => Boolean(filter.sdg ?? filter.practice ?? filter.year)

function found(city: CitySummary, initiative: InitiativeSummary, hits: SearchHits | null) {
  return !hits || hits.cities.has(city.id) || hits.initiatives.has(initiative.id)
}

export function select(
  cities: readonly CitySummary[],
  filter: Filter,
  hits: SearchHits | null,
): Selection {
  const cityIds = new Set<string>()
  const initiativeIds = new Set<string>()
  const exhibitFilter = narrowsExhibits(filter)
  for (const city of cities) {
    if (!cityPasses(city, filter)) continue
    let any = false
    for (const initiative of city.initiatives)
      if (initiativePasses(initiative, filter) && found(city, initiative, hits)) {
        initiativeIds.add(initiative.id)
        any = true
      }
    if (any || (!exhibitFilter && (!hits || hits.cities.has(city.id)))) cityIds.add(city.id)
  }
  const inOrder = cities.map((c) => c.id).filter((id) => cityIds.has(id))
  let order = inOrder
  if (hits) {
    const ranked = hits.order.filter((id) => cityIds.has(id))
    const seen = new Set(ranked)
    order = [...ranked, ...inOrder.filter((id) => !seen.has(id))]
  }
  return {
    cities: order,
    initiatives: cities.flatMap((c) =>
      c.initiatives.map((i) => i.id).filter((id) => initiativeIds.has(id)),
    ),
    cityIds,
    initiativeIds,
    narrowed: Boolean(hits) || FACETS.some((facet) => filter[facet] !== undefined),
  }
}

function bump(map: Map<string, number>, key: string | undefined) {
  if (key !== undefined) map.set(key, (map.get(key) ?? 0) + 1)
}

/** For each facet, the exhibits each of its values selects when the other filters stay as set. */
export function facetCounts(
  cities: readonly CitySummary[],
  filter: Filter,
  hits: SearchHits | null,
): FacetCounts {
  const counts = Object.fromEntries(
    FACETS.map((f) => [f, new Map<string, number>()]),
  ) as FacetCounts
  for (const facet of FACETS) {
    const others: Filter = { ...filter, [facet]: undefined }
    const map = counts[facet]
    for (const city of cities) {
      if (!cityPasses(city, others)) continue
      for (const initiative of city.initiatives) {
        if (!initiativePasses(initiative, others) || !found(city, initiative, hits)) continue
        if (facet === 'field') bump(map, city.field)
        else if (facet === 'region') bump(map, regionOf(city.country))
        else if (facet === 'sdg') initiative.sdg11.forEach((t) => bump(map, t))
        else if (facet === 'practice') initiative.practices.forEach((p) => bump(map, p))
        else periodYears(initiative.period).forEach((y) => bump(map, String(y)))
      }
    }
  }
  return counts
}

/** Every year that some exhibit's period touches, ascending. */
export function catalogueYears(cities: readonly CitySummary[]): number[] {
  const years = new Set<number>()
  for (const city of cities)
    for (const initiative of city.initiatives)
      periodYears(initiative.period).forEach((y) => years.add(y))
  return [...years].sort((a, b) => a - b)
}

/**
 * The derived layer: everything computed from the catalogue and the route, computed once and
 * shared by the 2D list, the 3D scene, the minimap and the charts. Each selector is memoised on
 * the identity of its inputs, so calling it from many components, or from a frame callback via
 * `getState()`, costs a comparison. This is the only place that computes the selection.
 */
import type { CitySummary, InitiativeSummary } from '../catalogue/compiled'
import type { SearchOutcome } from '../catalogue/search'
import {
  catalogueYears,
  facetCounts,
  select,
  type FacetCounts,
  type Filter,
  type SearchHits,
  type Selection,
} from '../catalogue/select'
import type { FieldsFile } from '../catalogue/schema'
import { substringHits } from '../catalogue/substring'
import type { GroundPlan } from '../layout/ground'
import { planFor, type LayoutMode } from '../layout/plan'
import type { RouteParams } from '../routing/route'
import type { CityEntry } from './catalogueSlice'
import type { ExpoState } from './store'

/** Remembers the last result for the last arguments (compared by identity). */
function memo<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
      return last.result
    const result = compute(...args)
    last = { args, result }
    return result
  }
}

const NO_CITIES: CitySummary[] = []
const cities = (state: ExpoState) => state.catalogue?.cities ?? NO_CITIES

const cityMap = memo((list: readonly CitySummary[]) => new Map(list.map((c) => [c.id, c])))
export const selectCityMap = (state: ExpoState): ReadonlyMap<string, CitySummary> =>
  cityMap(cities(state))

export interface InitiativeEntry {
  city: CitySummary
  initiative: InitiativeSummary
}
const initiativeMap = memo(
  (list: readonly CitySummary[]) =>
    new Map(list.flatMap((city) => city.initiatives.map((i) => [i.id, { city, initiative: i }]))),
)
export const selectInitiativeMap = (state: ExpoState): ReadonlyMap<string, InitiativeEntry> =>
  initiativeMap(cities(state))

export const selectCity = (state: ExpoState, id: string | undefined): CitySummary | undefined =>
  id === undefined ? undefined : selectCityMap(state).get(id)

type Field = FieldsFile['fields'][number]
const fieldMap = memo(
  (fields: readonly Field[] | undefined): ReadonlyMap<string, Field> =>
    new Map((fields ?? []).map((f) => [f.id, f])),
)
/** Fields by id (keyed by string: the network also names fields without a district). */
export const selectFieldMap = (state: ExpoState) => fieldMap(state.catalogue?.fields)
export const selectField = (state: ExpoState, id: string | undefined): Field | undefined =>
  id === undefined ? undefined : selectFieldMap(state).get(id)

type Target = NonNullable<ExpoState['catalogue']>['sdg11'][number]
const sdgMap = memo(
  (targets: readonly Target[] | undefined): ReadonlyMap<string, Target> =>
    new Map((targets ?? []).map((t) => [t.id, t])),
)
export const selectSdgMap = (state: ExpoState) => sdgMap(state.catalogue?.sdg11)

type Member = NonNullable<ExpoState['catalogue']>['network'][number]
const networkMap = memo(
  (network: readonly Member[] | undefined): ReadonlyMap<string, Member> =>
    new Map((network ?? []).map((c) => [c.id, c])),
)
/** Every member city of the network (pavilion or not), by id. */
export const selectNetworkMap = (state: ExpoState) => networkMap(state.catalogue?.network)

type Tour = NonNullable<ExpoState['catalogue']>['exhibition']['tours'][number]
const tourMap = memo(
  (tours: readonly Tour[] | undefined): ReadonlyMap<string, Tour> =>
    new Map((tours ?? []).map((t) => [t.id, t])),
)
export const selectTour = (state: ExpoState, id: string | undefined): Tour | undefined =>
  id === undefined ? undefined : tourMap(state.catalogue?.exhibition.tours).get(id)

type LoadedCity = Extract<CityEntry, { status: 'ready' }>['city']
const loadedInitiatives = new WeakMap<LoadedCity, Map<string, LoadedCity['initiatives'][number]>>()
/** An exhibit of a city whose full file has loaded (summary, body, sources), or undefined. */
export function selectLoadedInitiative(
  state: ExpoState,
  cityId: string | undefined,
  initiativeId: string | undefined,
): LoadedCity['initiatives'][number] | undefined {
  const entry = cityId ? state.cities.get(cityId) : undefined
  if (entry?.status !== 'ready' || !initiativeId) return undefined
  let map = loadedInitiatives.get(entry.city)
  if (!map)
    loadedInitiatives.set(entry.city, (map = new Map(entry.city.initiatives.map((i) => [i.id, i]))))
  return map.get(initiativeId)
}

export const selectLayoutMode = (state: ExpoState): LayoutMode =>
  state.route.params.layout === 'world' ? 'world' : 'districts'

/** The plan of each layout, computed once per catalogue (both layouts kept: the toggle is quick). */
const plans = new WeakMap<readonly CitySummary[], Partial<Record<LayoutMode, GroundPlan>>>()
export function selectPlan(state: ExpoState, mode = selectLayoutMode(state)): GroundPlan {
  const list = cities(state)
  let entry = plans.get(list)
  if (!entry) plans.set(list, (entry = {}))
  return (entry[mode] ??= planFor(list, mode))
}

const filterOf = memo((params: RouteParams): Filter => ({
  field: params.field,
  sdg: params.sdg,
  practice: params.practice,
  region: params.region,
  year: params.year,
}))
export const selectFilter = (state: ExpoState): Filter => filterOf(state.route.params)

const outcome = memo(
  (engine: ExpoState['searchEngine'], q: string | undefined): SearchOutcome | null =>
    engine && q?.trim() ? engine.search(q) : null,
)
/** The search box's ranked results for the address's `q`, once the search has loaded. */
export const selectSearchOutcome = (state: ExpoState): SearchOutcome | null =>
  outcome(state.searchEngine, state.route.params.q)

const fallback = memo((list: readonly CitySummary[], q: string) => substringHits(list, q))
/** What the search selects: ranked full-text hits, or names and titles while it loads. */
export function selectHits(state: ExpoState): SearchHits | null {
  const q = state.route.params.q?.trim()
  if (!q) return null
  return selectSearchOutcome(state) ?? fallback(cities(state), q)
}

const selection = memo(select)
export const selectSelection = (state: ExpoState): Selection =>
  selection(cities(state), selectFilter(state), selectHits(state))

const facets = memo(facetCounts)
export const selectFacetCounts = (state: ExpoState): FacetCounts =>
  facets(cities(state), selectFilter(state), selectHits(state))

const years = memo(catalogueYears)
export const selectYears = (state: ExpoState): number[] => years(cities(state))

/** Whether a pavilion is selected; true for all when nothing narrows the catalogue. */
export const selectCityMatches = (state: ExpoState, id: string): boolean =>
  selectSelection(state).cityIds.has(id)

/**
 * Addresses (SPEC §6), parsed and formatted by pure functions. The address is the navigation
 * state: `#/`, `#/city/<id>`, `#/city/<id>/<initiative>`, `#/about`, with query parameters after the path.
 */
import {
  FIELDS,
  PRACTICES,
  REGIONS,
  SDG11_TARGETS,
  UI_LANGUAGES,
  type FieldId,
  type Practice,
  type Region,
  type Sdg11Target,
  type UiLanguage,
} from '../catalogue/vocabulary'

export type Place =
  | { name: 'ground' }
  | { name: 'city'; cityId: string }
  | { name: 'initiative'; cityId: string; initiativeId: string }
  | { name: 'about' }
  | { name: 'unknown'; path: string }

export interface RouteParams {
  lang?: UiLanguage
  field?: FieldId
  sdg?: Sdg11Target
  practice?: Practice
  region?: Region
  /** A year the initiatives' periods touch, e.g. 2020. */
  year?: number
  q?: string
  /** The 3D arrangement: the seven districts (default) or the world map. */
  layout?: 'world'
  view?: '2d' | '3d'
  tour?: string
  /** Index of the current stop in the tour, from 0. */
  stop?: number
}

export interface Route {
  place: Place
  params: RouteParams
}

export const GROUND: Route = { place: { name: 'ground' }, params: {} }

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PARAM_ORDER = [
  'lang',
  'view',
  'layout',
  'field',
  'sdg',
  'practice',
  'region',
  'year',
  'q',
  'tour',
  'stop',
] as const

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined
}

function parsePlace(path: string): Place {
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p)
      } catch {
        return p
      }
    })
  if (parts.length === 0) return { name: 'ground' }
  if (parts.length === 1 && parts[0] === 'about') return { name: 'about' }
  const [head, cityId, initiativeId, ...rest] = parts
  if (head === 'city' && cityId && ID.test(cityId) && rest.length === 0) {
    if (initiativeId === undefined) return { name: 'city', cityId }
    if (ID.test(initiativeId)) return { name: 'initiative', cityId, initiativeId }
  }
  return { name: 'unknown', path: '/' + parts.join('/') }
}

function parseParams(query: URLSearchParams): RouteParams {
  const params: RouteParams = {}
  const lang = oneOf(UI_LANGUAGES, query.get('lang'))
  const view = oneOf(['2d', '3d'] as const, query.get('view'))
  const field = oneOf(FIELDS, query.get('field'))
  const sdg = oneOf(SDG11_TARGETS, query.get('sdg'))
  const practice = oneOf(PRACTICES, query.get('practice'))
  const region = oneOf(REGIONS, query.get('region'))
  const layout = oneOf(['world'] as const, query.get('layout'))
  const q = query.get('q')?.trim()
  const year = Number(query.get('year'))
  const tour = query.get('tour')
  const stop = Number(query.get('stop'))
  if (lang) params.lang = lang
  if (view) params.view = view
  if (field) params.field = field
  if (sdg) params.sdg = sdg
  if (practice) params.practice = practice
  if (region) params.region = region
  if (layout) params.layout = layout
  if (query.has('year') && Number.isInteger(year) && year >= 2000 && year <= 2100)
    params.year = year
  if (q) params.q = q.slice(0, 200)
  if (tour && ID.test(tour)) {
    params.tour = tour
    if (query.has('stop') && Number.isInteger(stop) && stop >= 0 && stop < 1000) params.stop = stop
  }
  return params
}

/**
 * Reads a location. Parameters may sit in the real query (`?lang=fr#/`, as partner sites and
 * entry pages write them) or after the path in the hash (`#/?lang=fr`); the hash wins.
 */
export function parseRoute(hash: string, search = ''): Route {
  const body = hash.replace(/^#/, '')
  const mark = body.indexOf('?')
  const path = mark === -1 ? body : body.slice(0, mark)
  const query = new URLSearchParams(search)
  new URLSearchParams(mark === -1 ? '' : body.slice(mark + 1)).forEach((value, key) =>
    query.set(key, value),
  )
  return { place: parsePlace(path), params: parseParams(query) }
}

export function formatPlace(place: Place): string {
  switch (place.name) {
    case 'ground':
      return '/'
    case 'city':
      return `/city/${place.cityId}`
    case 'initiative':
      return `/city/${place.cityId}/${place.initiativeId}`
    case 'about':
      return '/about'
    case 'unknown':
      return place.path
  }
}

export function formatRoute(route: Route): string {
  const query = new URLSearchParams()
  for (const key of PARAM_ORDER) {
    const value = route.params[key]
    if (value !== undefined) query.set(key, String(value))
  }
  const text = query.toString()
  return `#${formatPlace(route.place)}${text ? '?' + text : ''}`
}

export function sameRoute(a: Route, b: Route): boolean {
  return formatRoute(a) === formatRoute(b)
}

/**
 * Addresses (SPEC §6), parsed and formatted by pure functions. The address is the navigation
 * state. Canonical addresses are paths with the language first: `/<lang>/`,
 * `/<lang>/city/<id>/`, `/<lang>/city/<id>/<initiative>/`, `/<lang>/about/`, then the query
 * parameters. Earlier hash addresses (`#/city/<id>?lang=fr`) are still read, to be rewritten.
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
} from '../catalogue/vocabulary.ts'

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
 * Reads an earlier hash address. Parameters may sit in the real query (`?lang=fr#/`, as partner
 * sites and entry pages wrote them) or after the path in the hash (`#/?lang=fr`); the hash wins.
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
      return `/city/${place.cityId}/`
    case 'initiative':
      return `/city/${place.cityId}/${place.initiativeId}/`
    case 'about':
      return '/about/'
    case 'unknown':
      return place.path
  }
}

/** The query after the path: every parameter but the language, which leads the path. */
export function formatQuery(params: RouteParams): string {
  const query = new URLSearchParams()
  for (const key of PARAM_ORDER) {
    const value = params[key]
    if (value !== undefined && key !== 'lang') query.set(key, String(value))
  }
  const text = query.toString()
  return text ? `?${text}` : ''
}

/**
 * The canonical address of a route, from the site's root (no base): `/fr/city/x/?field=film`.
 * Without a language in the route, `fallback` (the visitor's language) leads the path.
 */
export function formatRoute(route: Route, fallback: UiLanguage = 'en'): string {
  const lang = route.params.lang ?? fallback
  return `/${lang}${formatPlace(route.place)}${formatQuery(route.params)}`
}

/** `/expo/fr/city/x/` under the base `/expo/` → `/fr/city/x/`; null when outside the base. */
export function stripBase(pathname: string, base: string): string | null {
  const root = base.endsWith('/') ? base : `${base}/`
  if (pathname === root.slice(0, -1)) return '/'
  return pathname.startsWith(root) ? pathname.slice(root.length - 1) : null
}

/**
 * Reads a canonical address: a path under `base`, then its query. `/` and `/index.html` (no
 * language yet) read as the ground with no `lang`; an earlier hash address, when present, wins.
 */
export function parseLocation(
  location: { pathname: string; search: string; hash: string },
  base = '/',
): Route {
  if (location.hash.startsWith('#/')) return parseRoute(location.hash, location.search)
  const path = stripBase(location.pathname, base) ?? location.pathname
  const params = parseParams(new URLSearchParams(location.search))
  delete params.lang
  const parts = path
    .replace(/\/index\.html$/, '/')
    .split('/')
    .filter(Boolean)
  const [first, ...rest] = parts
  const lang = oneOf(UI_LANGUAGES, first ?? null)
  if (!first) return { place: { name: 'ground' }, params: withLang(params, location.search) }
  if (!lang) return { place: { name: 'unknown', path }, params }
  return { place: parsePlace('/' + rest.join('/')), params: { lang, ...params } }
}

/** `/?lang=fr` (partner links, the root page) still names a language. */
function withLang(params: RouteParams, search: string): RouteParams {
  const lang = oneOf(UI_LANGUAGES, new URLSearchParams(search).get('lang'))
  return lang ? { lang, ...params } : params
}

/** Whether a location is an earlier hash address, to be rewritten to its canonical path. */
export function isLegacy(location: { hash: string }): boolean {
  return location.hash.startsWith('#/')
}

export function sameRoute(a: Route, b: Route): boolean {
  return formatRoute(a) === formatRoute(b)
}

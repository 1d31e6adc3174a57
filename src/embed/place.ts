/** The route an embed starts at, from the query of embed.html (SPEC §7). Pure. */
import { FIELDS, SDG11_TARGETS, UI_LANGUAGES } from '../catalogue/vocabulary'
import type { Route, RouteParams } from '../routing/route'

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const one = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : undefined

export function embedPlace(query: URLSearchParams): Route {
  const city = query.get('city')
  const initiative = query.get('initiative')
  const params: RouteParams = {}
  const lang = one(UI_LANGUAGES, query.get('lang'))
  const field = one(FIELDS, query.get('field'))
  const sdg = one(SDG11_TARGETS, query.get('sdg'))
  const view = one(['2d', '3d'] as const, query.get('view'))
  const tour = query.get('tour')
  if (lang) params.lang = lang
  if (field) params.field = field
  if (sdg) params.sdg = sdg
  if (view) params.view = view
  if (tour && ID.test(tour)) Object.assign(params, { tour, stop: 0 })
  if (city && ID.test(city))
    return initiative && ID.test(initiative)
      ? { place: { name: 'initiative', cityId: city, initiativeId: initiative }, params }
      : { place: { name: 'city', cityId: city }, params }
  return { place: { name: 'ground' }, params }
}

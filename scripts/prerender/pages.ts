/**
 * Every page the build writes (SPEC §6): per language, the ground, the about page, each pavilion
 * and each exhibit, with its canonical path and what the head of the page says about it.
 */
import type { CatalogueIndex } from '../../src/catalogue/compiled.ts'
import { localize } from '../../src/catalogue/localize.ts'
import { UI_LANGUAGES, type UiLanguage } from '../../src/catalogue/vocabulary.ts'
import { formatRoute, type Route } from '../../src/routing/route.ts'

export interface Page {
  route: Route
  language: UiLanguage
  /** The canonical path from the site's root, e.g. `/fr/city/krakow-literature/`. */
  path: string
  kind: 'ground' | 'about' | 'city' | 'exhibit'
  cityId?: string
  initiativeId?: string
}

/** The canonical path of the same place in another language. */
export function pathIn(page: Page, language: UiLanguage): string {
  return formatRoute({ ...page.route, params: { lang: language } })
}

export function allPages(catalogue: CatalogueIndex): Page[] {
  return UI_LANGUAGES.flatMap((language) => {
    const at = (route: Route['place']): Route => ({ place: route, params: { lang: language } })
    const pages: Page[] = [
      { route: at({ name: 'ground' }), language, path: '', kind: 'ground' },
      { route: at({ name: 'about' }), language, path: '', kind: 'about' },
      ...catalogue.cities.flatMap((city): Page[] => [
        {
          route: at({ name: 'city', cityId: city.id }),
          language,
          path: '',
          kind: 'city',
          cityId: city.id,
        },
        ...city.initiatives.map((initiative): Page => ({
          route: at({ name: 'initiative', cityId: city.id, initiativeId: initiative.id }),
          language,
          path: '',
          kind: 'exhibit',
          cityId: city.id,
          initiativeId: initiative.id,
        })),
      ]),
    ]
    return pages.map((page) => ({ ...page, path: formatRoute(page.route) }))
  })
}

/** Short text for a description: whole words, at most `max` characters. */
export function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…`
}

export { localize }

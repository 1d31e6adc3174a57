/**
 * A model of what each page of one language shows, read from the content and the interface
 * strings: the ground (home), the about page, each pavilion and each exhibit, with how often it is
 * seen (every visit starts on the ground; one pavilion is one page among 210). The Chinese slices
 * are cut from it (slices.ts), so that the characters a page shows together share a file. A
 * model, not a rendering: it only decides which file a character goes to; every character in
 * use has a file whatever it says (fonts.ts keeps them all).
 */
import type { Content } from '../content/validate.ts'
import type { UiLanguage } from '../../src/catalogue/vocabulary.ts'
import type { PageTexts } from './slices.ts'
import { stringsOf } from './texts.ts'

type Localized = Partial<Record<UiLanguage, string>> | string | undefined

/**
 * Which interface strings (key paths in a locale file) each kind of page shows as it opens:
 * the header, the headings, the labels and the options of its menus (a <select> is as wide as
 * its widest option, so the browser sets them all and fetches their fonts). Messages and dialogs
 * are in no page (a character only they use goes to the last slice, fetched when they open).
 */
const INTERFACE: Record<'every' | 'home' | 'about' | 'city' | 'exhibit', readonly string[]> = {
  every: [
    'app.skipToContent',
    'app.home',
    'view',
    'language.label',
    'search.label',
    'share.button',
  ],
  home: [
    'ground',
    'filter',
    'practice',
    'region',
    'tour.heading',
    'tour.start',
    'tour.stops_other',
  ],
  about: ['about', 'ground.credits', 'region'],
  city: ['city.back', 'city.designated', 'city.exhibits'],
  exhibit: ['exhibit', 'practice'],
}
/** Relative number of views: the ground is every visit's first page, the about page a few. */
const WEIGHT = { home: 100, about: 4, city: 1, exhibit: 1 }

/** The text in `lang`, or the English one the page falls back to. */
function pick(value: Localized, lang: UiLanguage): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  return value[lang] ?? value.en ?? ''
}

/** The texts of the interface strings at `paths` (key paths in a locale file). */
function interfaceTexts(strings: Record<string, unknown>, paths: readonly string[]): string[] {
  return paths.flatMap((path) =>
    stringsOf(
      path
        .split('.')
        .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], strings),
    ).map((s) => s.text),
  )
}

/**
 * The text of the first screen every visit opens on (the home's header, its opening words, the
 * index of fields and the guided tours), whose characters all go into the first slice
 * (`clusterSlices`' `first`).
 */
export function firstScreenOf(
  content: Content,
  lang: UiLanguage,
  strings: Record<string, unknown>,
): string[] {
  const t = (value: Localized) => pick(value, lang)
  const { exhibition, fields } = content
  return [
    ...interfaceTexts(strings, [...INTERFACE.every, 'ground', 'about.link']),
    t(exhibition.title),
    t(exhibition.subtitle),
    t(exhibition.introduction),
    ...fields.fields.map((field) => t(field.name)),
    // A phone lays out the next screen and a half before its first paint: the guided tours.
    ...interfaceTexts(
      strings,
      INTERFACE.home.filter((path) => path.startsWith('tour.')),
    ),
    ...exhibition.tours.flatMap((tour) => [t(tour.title), t(tour.description)]),
  ]
}

/** `strings`: the locale file of `lang` (parsed JSON). */
export function pagesOf(
  content: Content,
  lang: UiLanguage,
  strings: Record<string, unknown>,
): PageTexts[] {
  const t = (value: Localized) => pick(value, lang)
  const ui = (kind: keyof typeof INTERFACE) =>
    interfaceTexts(strings, [...INTERFACE.every, ...INTERFACE[kind]])
  const { exhibition, fields, sdg11, cities } = content
  const fieldTexts = fields.fields.flatMap((field) => [t(field.name), t(field.cityTitle)])
  const countries = new Intl.DisplayNames([lang], { type: 'region' })
  const country = (code: string) => countries.of(code) ?? code
  const sdgTitle = (id: string) => t(sdg11.targets.find((target) => target.id === id)?.title)
  const cityNames = cities.map((city) => t(city.name))
  return [
    {
      group: 'home',
      weight: WEIGHT.home,
      texts: [
        ...ui('home'),
        t(exhibition.title),
        t(exhibition.subtitle),
        t(exhibition.introduction),
        t(exhibition.credits),
        ...fieldTexts,
        ...sdg11.targets.map((target) => t(target.title)),
        ...exhibition.tours.flatMap((tour) => [t(tour.title), t(tour.description)]),
        ...cities.flatMap((city) => [t(city.name), country(city.country)]),
      ],
    },
    {
      group: 'about',
      weight: WEIGHT.about,
      texts: [
        ...ui('about'),
        t(exhibition.title),
        t(exhibition.collectionNote),
        ...fieldTexts,
        ...cityNames,
      ],
    },
    ...cities.flatMap((city) => {
      const where = [t(city.name), country(city.country), ...fieldTexts]
      return [
        {
          group: city.id,
          weight: WEIGHT.city,
          texts: [
            ...ui('city'),
            ...where,
            t(city.introduction),
            ...city.initiatives.flatMap((item) => [t(item.title), t(item.summary)]),
          ],
        },
        ...city.initiatives.map((item) => ({
          group: city.id,
          weight: WEIGHT.exhibit,
          texts: [
            ...ui('exhibit'),
            ...where,
            t(item.title),
            t(item.summary),
            t(item.body),
            ...(item.links ?? []).map((link) => t(link.label)),
            ...(item.media ?? []).flatMap((media) =>
              'alt' in media ? [t(media.alt), t(media.credit)] : [],
            ),
            ...item.sdg11.map(sdgTitle),
          ],
        })),
      ]
    }),
  ]
}

/** The head of a prerendered page, from the real catalogue: what link previews and search engines read. */
import { beforeAll, describe, expect, it } from 'vitest'
import type { CatalogueIndex, CompiledCity } from '../../src/catalogue/compiled.ts'
import { compiledCatalogue } from './testCatalogue.ts'
import { siteUrl } from '../vite-plugin-catalogue.ts'
import { head } from './head.ts'
import { allPages, clip } from './pages.ts'

let catalogue: CatalogueIndex
let krakow: CompiledCity
const strings = {
  about: {
    title: 'The collection as a whole',
    summary: '{{exhibits}} exhibits from {{cities}} cities',
  },
  language: { english: 'English' },
}

beforeAll(() => {
  const compiled = compiledCatalogue('krakow-literature')
  catalogue = compiled.catalogue
  krakow = compiled.city
})

const pageOf = (path: string) => allPages(catalogue).find((p) => p.path === path)!

describe('prerendered pages', () => {
  it('are the ground, the about page, every pavilion and every exhibit, in six languages', () => {
    const exhibits = catalogue.cities.reduce((n, c) => n + c.initiatives.length, 0)
    const pages = allPages(catalogue)
    expect(pages).toHaveLength(6 * (2 + catalogue.cities.length + exhibits))
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length)
    expect(pages.every((p) => p.path.startsWith(`/${p.language}/`) && p.path.endsWith('/'))).toBe(
      true,
    )
  })

  it('have a head in their language: title, description, canonical, alternates, cards, JSON-LD', () => {
    const page = pageOf('/fr/city/krakow-literature/')
    const { title, description, html } = head({
      page,
      catalogue,
      city: krakow,
      site: 'https://expo.example.org/expo/',
      strings,
      image: 'assets/og/city-krakow-literature.png',
    })
    expect(title).toMatch(/^Cracovie, Ville créative de l’UNESCO pour la littérature · /)
    expect(description.length).toBeLessThanOrEqual(160)
    expect(description).toMatch(/^Ville créative de l’UNESCO/)
    expect(html).toContain(
      '<link rel="canonical" href="https://expo.example.org/expo/fr/city/krakow-literature/" />',
    )
    for (const lang of ['en', 'fr', 'zh', 'es', 'ar', 'ru', 'x-default'])
      expect(html).toMatch(new RegExp(`hreflang="${lang}" href="https://expo.example.org/expo/`))
    expect(html).toContain(
      '<meta property="og:image" content="https://expo.example.org/expo/assets/og/city-krakow-literature.png" />',
    )
    expect(html).toContain('type="application/json+oembed"')
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*)<\/script>/.exec(html)![1]!)
    expect(ld['@type']).toBe('CreativeWork')
    expect(ld.isPartOf['@type']).toBe('ExhibitionEvent')
    expect(ld.hasPart.length).toBe(krakow.initiatives.length)
  })

  it('cite the sources of an exhibit in its JSON-LD, and escape what they quote', () => {
    const page = pageOf('/en/city/krakow-literature/krakow-resilient-bookstores/')
    const { html } = head({
      page,
      catalogue,
      city: krakow,
      site: 'https://x.org/',
      strings,
      image: 'a.png',
    })
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*)<\/script>/.exec(html)![1]!)
    expect(ld.citation.map((c: { url: string }) => c.url)).toEqual(
      krakow.initiatives[0]!.links.map((l) => l.url),
    )
    expect(html).not.toMatch(/<script type="application\/ld\+json">[^]*<\/(?!script)/)
  })

  it('clip descriptions at a word, and build the site URL with the base path', () => {
    expect(clip('alpha beta gamma delta', 14)).toBe('alpha beta…')
    expect(clip('short')).toBe('short')
    expect(siteUrl('https://expo.example.org/', '/expo/')).toBe('https://expo.example.org/expo/')
    expect(siteUrl('https://city.org/expo/', '/expo/')).toBe('https://city.org/expo/')
    expect(siteUrl('https://city.org', '/')).toBe('https://city.org/')
  })
})

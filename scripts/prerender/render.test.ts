/**
 * The 2D pages rendered in Node by the prerenderer (the same components as in the browser):
 * media the schema accepts appear on the exhibit, and an unknown tour is named plainly.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CatalogueIndex, CompiledCity } from '../../src/catalogue/compiled.ts'
import { compiledCatalogue } from './testCatalogue.ts'
import { renderPage } from '../../src/prerender.tsx'

let catalogue: CatalogueIndex
let krakow: CompiledCity
const en = JSON.parse(readFileSync('src/i18n/locales/en.json', 'utf8')) as Record<string, unknown>

beforeAll(() => {
  const compiled = compiledCatalogue('krakow-literature')
  catalogue = compiled.catalogue
  krakow = compiled.city
})

describe('pages rendered by the prerenderer', () => {
  it('show video and link media on the exhibit, opening in a new tab', async () => {
    const [first, ...rest] = krakow.initiatives
    const city: CompiledCity = {
      ...krakow,
      initiatives: [
        {
          ...first!,
          media: [
            {
              type: 'video',
              url: 'https://video.example.org/watch/1',
              title: { en: 'The opening' },
            },
            { type: 'link', url: 'https://example.org/programme', title: { en: 'The programme' } },
          ],
        },
        ...rest,
      ],
    }
    const html = await renderPage({
      catalogue,
      city,
      route: {
        place: { name: 'initiative', cityId: city.id, initiativeId: first!.id },
        params: { lang: 'en' },
      },
      language: 'en',
      strings: { en },
    })
    expect(html).toMatch(
      /<a href="https:\/\/video\.example\.org\/watch\/1" target="_blank" rel="noopener noreferrer"><span class="media-kind">Video<\/span>/,
    )
    expect(html).toContain('The programme')
  })

  it('say plainly that a tour in the address does not exist', async () => {
    const html = await renderPage({
      catalogue,
      route: { place: { name: 'ground' }, params: { lang: 'en', tour: 'nowhere-tour', stop: 0 } },
      language: 'en',
      strings: { en },
    })
    expect(html).toContain('There is no guided tour “nowhere-tour” in this exhibition.')
  })
})

/** Accessibility of what a visitor sees, checked by axe-core (WCAG 2.1 A and AA rules). */
import { AxeBuilder } from '@axe-core/playwright'
import { describe, expect, inject, it } from 'vitest'
import { openPage, waitReady } from './browser'
import { useBrowser } from './useBrowser'

const baseUrl = inject('baseUrl')
const browserOf = useBrowser()

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each([
    '#/?view=2d',
    '#/?view=2d&lang=ar',
    '#/?view=2d&lang=zh&field=literature',
    '#/city/krakow-literature?view=2d',
    '#/city/krakow-literature/krakow-resilient-bookstores?view=2d',
    '#/city/parma-gastronomy/parma-settembre-gastronomico-solidarity?view=2d&lang=fr',
    '#/city/lliria-music?view=3d',
    ...['en', 'fr', 'zh', 'es', 'ar', 'ru'].map((lang) => `#/about?lang=${lang}`),
    '#/?view=2d&region=africa&q=festival',
  ])('%s has no violation', async (hash) => {
    const { page } = await openPage(browserOf(), baseUrl)
    await page.addInitScript(() => localStorage.setItem('creative-cities-expo:hints-seen', '1'))
    await page.goto(`${baseUrl}${hash}`)
    await waitReady(page)
    await page.locator('#main h1').first().waitFor()
    if (hash.startsWith('#/about')) await page.locator('.map-city').first().waitFor()
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    const found = violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
    expect(found).toEqual([])
    await page.context().close()
  })
})

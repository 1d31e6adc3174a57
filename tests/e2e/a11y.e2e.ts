/** Accessibility of what a visitor sees, checked by axe-core (WCAG 2.1 A and AA rules). */
import { AxeBuilder } from '@axe-core/playwright'
import sharp from 'sharp'
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

/**
 * The keyboard's focus ring (3px, 3px away from the element) is drawn whole: the cards, tours and
 * filters lay out only near the view (`content-visibility: auto`), which clips their paint to
 * their box unless they leave room for it.
 */
describe('the focus ring', () => {
  it.each([
    ['a pavilion card', '.city-grid a'],
    ['a filter', '.filters select'],
    ['a tour', '.tour-card button'],
  ])('shows on all four sides of %s', async (_, selector) => {
    const { page } = await openPage(browserOf(), baseUrl, { width: 1280, height: 800 })
    await page.goto(`${baseUrl}en/`)
    await waitReady(page)
    const target = page.locator(selector).first()
    await page.keyboard.press('Tab')
    await target.focus()
    await target.scrollIntoViewIfNeeded()
    expect(await target.evaluate((element) => element.matches(':focus-visible'))).toBe(true)
    const box = (await target.boundingBox())!
    // Strips 1px across the middle of the ring (4–5px out): 2px tall at the middle of each
    // side (a pill's sides are round), along the middle half of the top and the bottom.
    const middle = box.y + box.height / 2 - 1
    const strips = {
      start: { x: box.x - 5, y: middle, width: 1, height: 2 },
      end: { x: box.x + box.width + 4, y: middle, width: 1, height: 2 },
      top: { x: box.x + box.width / 4, y: box.y - 5, width: box.width / 2, height: 1 },
      bottom: {
        x: box.x + box.width / 4,
        y: box.y + box.height + 4,
        width: box.width / 2,
        height: 1,
      },
    }
    const dark: Record<string, number> = {}
    for (const [side, clip] of Object.entries(strips)) {
      const png = await page.screenshot({ clip })
      const { data, info } = await sharp(png)
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true })
      let count = 0
      for (let i = 0; i < data.length; i += info.channels)
        if ((data[i]! + data[i + 1]! + data[i + 2]!) / 3 < 90) count++
      dark[side] = Math.round((100 * count) / (data.length / info.channels))
    }
    // Each side of the ring is all ink.
    expect(dark).toEqual({ start: 100, end: 100, top: 100, bottom: 100 })
    await page.context().close()
  })
})

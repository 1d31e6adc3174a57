/**
 * Issue 12: a city with the most exhibits a file may hold (LIMITS.initiativesPerCity) shows them
 * a page of stands at a time in 3D, under 100 draw calls on every page; the pager and the keys
 * reach every exhibit; the 2D city page lists them all.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { preview, type PreviewServer } from 'vite'
import type { Browser, Page } from 'playwright-core'
import { LIMITS } from '../../src/catalogue/limits'
import { STANDS_PER_PAGE } from '../../src/layout/interior'
import { buildSite } from '../../scripts/bench/buildSite'
import { writeSyntheticContent } from '../../scripts/bench/synthetic'
import { launch, openPage, settle, shot, waitReady } from './browser'

const MOST = LIMITS.initiativesPerCity
let url = ''
let server: PreviewServer | undefined
let browser: Browser

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'expo-interior-'))
  writeSyntheticContent(join(root, 'content'), 14, 'content', MOST)
  await buildSite(join(root, 'content'), join(root, 'dist'))
  server = await preview({
    configFile: false,
    build: { outDir: join(root, 'dist') },
    preview: { port: 4421, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  url = server.resolvedUrls?.local[0] ?? ''
  browser = await launch()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const ids = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, k) => `city-3-initiative-${from + k}`)

/** The stands shown once the room is at rest, and the draw calls of its last frame. */
async function room(page: Page, expected: string[]) {
  await page.waitForFunction((want) => window.__expo!.exhibits.join() === want.join(), expected)
  await settle(page)
  return page.evaluate(() => window.__expo!.renderer.calls)
}

describe('a pavilion with the most exhibits a city may have', () => {
  it('shows a page of stands at a time under 100 draw calls, every exhibit reachable', async () => {
    expect(MOST).toBeGreaterThan(STANDS_PER_PAGE)
    const { page, errors, foreign } = await openPage(browser, url)
    await page.addInitScript(() => localStorage.setItem('creative-cities-expo:hints-seen', '1'))
    await page.goto(`${url}#/city/city-3?view=3d`)
    await waitReady(page)
    const calls = [await room(page, ids(0, STANDS_PER_PAGE))]
    await shot(page, 'interior-page-1')

    // The pager, by keyboard: Tab reaches it, Enter turns the page.
    const next = page.getByRole('button', { name: 'Next stands' })
    const previous = page.getByRole('button', { name: 'Previous stands' })
    expect(await previous.isDisabled()).toBe(true)
    await next.focus()
    await page.keyboard.press('Enter')
    calls.push(await room(page, ids(STANDS_PER_PAGE, 2 * STANDS_PER_PAGE)))
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Stands 9–16 of 24' }).count())
      .toBe(1)
    await shot(page, 'interior-page-2')

    // Arrow keys go through every exhibit, and the room follows onto the next page.
    await page.locator('.canvas-wrap').focus()
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(() => window.__expo!.selected.initiative === 'city-3-initiative-8')
    for (let k = 9; k < 2 * STANDS_PER_PAGE + 1; k++) await page.keyboard.press('ArrowRight')
    await page.waitForFunction(() => window.__expo!.selected.initiative === 'city-3-initiative-16')
    calls.push(await room(page, ids(2 * STANDS_PER_PAGE, MOST)))
    expect(await next.isDisabled()).toBe(true)

    // PageUp turns back, to the first exhibit of that page.
    await page.locator('.canvas-wrap').focus()
    await page.keyboard.press('PageUp')
    await page.waitForFunction(() => window.__expo!.selected.initiative === 'city-3-initiative-8')
    calls.push(await room(page, ids(STANDS_PER_PAGE, 2 * STANDS_PER_PAGE)))

    console.log(`draw calls inside a pavilion of ${MOST} exhibits, by page: ${calls.join(', ')}`)
    for (const n of calls) {
      expect(n).toBeGreaterThan(0)
      expect(n).toBeLessThan(100)
    }

    // On a phone the pager sits under the buttons, clear of them and of the minimap.
    await page.setViewportSize({ width: 390, height: 844 })
    await settle(page)
    const boxes = await page.evaluate(() =>
      [
        '.stands-pager',
        '.minimap',
        ...Array.from({ length: 4 }, (_, i) => `.scene-controls > :nth-child(${i + 1})`),
      ]
        .map((selector) => document.querySelector(selector)?.getBoundingClientRect())
        .filter((box) => box !== undefined)
        .map((box) => ({ left: box.left, right: box.right, top: box.top, bottom: box.bottom })),
    )
    const [pager, ...others] = boxes
    for (const other of others)
      expect(
        pager!.right <= other.left ||
          other.right <= pager!.left ||
          pager!.bottom <= other.top ||
          other.bottom <= pager!.top,
      ).toBe(true)
    await shot(page, 'interior-phone')

    // The 2D city page lists every exhibit.
    await page.evaluate(() => (location.hash = '#/city/city-3?view=2d'))
    await page.waitForFunction(() => window.__expo!.view === '2d')
    await expect.poll(() => page.locator('.exhibit-list > li').count()).toBe(MOST)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await page.context().close()
  }, 240_000)
})

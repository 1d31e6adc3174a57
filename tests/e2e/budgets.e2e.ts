/**
 * Issue budgets, through window.__expo.renderer: with the real catalogue and with a generated one
 * of 2,000 cities, draw calls at the ground view stay at or under 60 and within 10% of each other;
 * inside a pavilion under 100; no frame drawn during 5 s of idle. And the byte budget of the
 * first screen's script (scripts/bench/budgets.ts).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { preview, type PreviewServer } from 'vite'
import type { Browser } from 'playwright-core'
import { BUDGETS } from '../../scripts/bench/budgets'
import { buildSite } from '../../scripts/bench/buildSite'
import { writeSyntheticContent } from '../../scripts/bench/synthetic'
import {
  launch,
  noteMount,
  openPage,
  requestedBeforeMount,
  settle,
  shot,
  waitReady,
} from './browser'

const realUrl = inject('baseUrl')
let syntheticUrl = ''
let server: PreviewServer | undefined
let browser: Browser

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'expo-2000-'))
  writeSyntheticContent(join(root, 'content'), 2000)
  await buildSite(join(root, 'content'), join(root, 'dist'))
  server = await preview({
    configFile: false,
    build: { outDir: join(root, 'dist') },
    preview: { port: 4330, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  syntheticUrl = server.resolvedUrls?.local[0] ?? ''
  browser = await launch()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function measure(base: string, city: string, name: string) {
  const { page, errors, foreign } = await openPage(browser, base)
  await page.addInitScript(() => localStorage.setItem('creative-cities-expo:hints-seen', '1'))
  await page.goto(`${base}#/?view=3d`)
  await waitReady(page)
  const framesAtRest = await settle(page)
  const ground = await page.evaluate(() => window.__expo!.renderer)
  const pavilions = await page.evaluate(() => window.__expo!.pavilions)
  await shot(page, name)
  await page.waitForTimeout(5000)
  const idleFrames = (await page.evaluate(() => window.__expo!.frames)) - framesAtRest
  // What the page was still doing, if anything (to name the cause of frames drawn while idle).
  const idleLoading = await page.evaluate(() => window.__expo!.loading)
  await page.evaluate((id) => (location.hash = `#/city/${id}?view=3d`), city)
  await page.waitForFunction((id) => window.__expo!.selected.city === id, city)
  await settle(page)
  const inside = await page.evaluate(() => window.__expo!.renderer)
  await page.context().close()
  return {
    ground,
    inside,
    idle: { frames: idleFrames, loading: idleLoading },
    pavilions,
    errors,
    foreign,
  }
}

describe('rendering budgets', () => {
  it('holds with the real catalogue and with 2,000 cities', async () => {
    const real = await measure(realUrl, 'lliria-music', 'budget-ground-real')
    const big = await measure(syntheticUrl, 'city-7', 'budget-ground-2000')
    console.log(
      `draw calls at the ground: real ${real.ground.calls}, 2,000 cities ${big.ground.calls}; ` +
        `inside a pavilion: ${real.inside.calls} / ${big.inside.calls}; ` +
        `triangles at the ground: ${real.ground.triangles} / ${big.ground.triangles}`,
    )
    expect(big.pavilions).toBe(2000)
    for (const run of [real, big]) {
      expect(run.ground.calls).toBeLessThanOrEqual(60)
      expect(run.inside.calls).toBeLessThan(100)
      expect(run.idle).toEqual({ frames: 0, loading: [] })
      expect(run.errors).toEqual([])
      expect(run.foreign).toEqual([])
    }
    expect(Math.abs(big.ground.calls - real.ground.calls) / real.ground.calls).toBeLessThanOrEqual(
      0.1,
    )
  })
})

describe('discovery at 2,000 cities', () => {
  it('lights the matches in the same draw calls, and the search answers from the box', async () => {
    const { page, errors, foreign } = await openPage(browser, syntheticUrl)
    await page.addInitScript(() => localStorage.setItem('creative-cities-expo:hints-seen', '1'))
    await page.goto(`${syntheticUrl}#/?view=3d`)
    await waitReady(page)
    // Tags (one draw call each, over matches only) are counted out: the rule is about the rest.
    await page.waitForFunction(() => window.__expo!.labels.length > 0)
    await settle(page)
    const plain = await page.evaluate(
      () => window.__expo!.renderer.calls - window.__expo!.labels.length,
    )
    await page.evaluate(() => (location.hash = '#/?view=3d&field=music&region=africa'))
    await page.waitForFunction(() => window.__expo!.route.includes('region=africa'))
    await settle(page)
    const filtered = await page.evaluate(() => ({
      calls: window.__expo!.renderer.calls - window.__expo!.labels.length,
      highlighted: window.__expo!.highlighted,
      matches: window.__expo!.matches.cities.length,
    }))
    expect(filtered.matches).toBeGreaterThan(0)
    expect(filtered.matches).toBeLessThan(2000)
    expect(filtered.highlighted).toBe(filtered.matches)
    expect(Math.abs(filtered.calls - plain) / plain).toBeLessThanOrEqual(0.1)
    await shot(page, 'budget-filtered-2000')
    const results = await page.evaluate(() => window.__expo!.search('city'))
    expect(results.length).toBeGreaterThan(0)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await page.context().close()
  })
})

describe('bytes of the first screen', () => {
  it('stays within the script budget on the 2D home, a city page and an exhibit page', async () => {
    for (const path of [
      'en/',
      'zh/city/wuhan-design/',
      'ar/city/krakow-literature/krakow-read-pl-online/',
    ]) {
      const { page, errors } = await openPage(browser, realUrl)
      const scripts = new Map<string, Promise<number>>()
      page.on('response', (response) => {
        if (/\.m?js(\?|$)/.test(response.url()))
          scripts.set(
            response.url(),
            response.body().then(
              (body) => gzipSync(body).length,
              () => 0,
            ),
          )
      })
      await noteMount(page)
      await page.goto(`${realUrl}${path}`)
      await waitReady(page)
      // The first screen is shown once the app has mounted; what it fetches ahead after that
      // (the next pages' chunks, the service worker's helper) is not the first screen's.
      const before = await requestedBeforeMount(page)
      const counted = [...scripts].filter(([url]) => before.has(url))
      expect(counted.length).toBeGreaterThan(3)
      const kB =
        (await Promise.all(counted.map(([, size]) => size))).reduce((a, b) => a + b, 0) / 1024
      console.log(`first-screen script on /${path}: ${kB.toFixed(1)} kB gzipped`)
      expect(kB).toBeLessThanOrEqual(BUDGETS.firstScreenScriptKB)
      expect(errors).toEqual([])
      await page.context().close()
    }
  })
})

describe('before the first paint', () => {
  it('a page asks only for its styles, fonts and entry; the index comes once, with the app', async () => {
    for (const path of ['zh/', 'en/city/krakow-literature/']) {
      const { page, errors } = await openPage(browser, realUrl)
      await page.goto(`${realUrl}${path}`)
      await waitReady(page)
      const { painted, requests } = await page.evaluate(() => ({
        painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
        requests: performance
          .getEntriesByType('resource')
          .map((entry) => ({ name: new URL(entry.name).pathname, start: entry.startTime })),
      }))
      expect(painted).toBeGreaterThan(0)
      const early = requests.filter((r) => r.start < painted).map((r) => r.name)
      // The entry (src/main.tsx) and Vite's preload helper; no chunk of the app, no JSON.
      expect(early.filter((name) => name.endsWith('.js')).length).toBeLessThanOrEqual(2)
      expect(early.filter((name) => name.endsWith('.json'))).toEqual([])
      const index = requests.filter((r) => /\/catalogue\/index\.[0-9a-f]{10}\.json$/.test(r.name))
      expect(index).toHaveLength(1)
      expect(errors).toEqual([])
      await page.context().close()
    }
  })
})

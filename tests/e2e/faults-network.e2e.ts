/**
 * Faults of the network and of the device, made on demand: the catalogue slow, hanging or cut
 * short, the connection lost then back, WebGL refused. In every case the page shows a message and
 * a way on at once (never a blank page, no uncaught error) and recovers once the fault ends.
 * Requests are held and released by the test, so nothing here waits for a fixed time.
 */
import { readFileSync, readdirSync } from 'node:fs'
import type { Page, Route } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { noteMount, openPage, refuseWebGL, requestedBeforeMount, waitReady } from './browser'
import { useBrowser } from './useBrowser'

const baseUrl = inject('baseUrl')
const browserOf = useBrowser()
const INDEX = '**/catalogue/index.*.json'
const indexName = readdirSync('dist/catalogue').find((f) => /^index\..+\.json$/.test(f))!
const indexText = readFileSync(`dist/catalogue/${indexName}`, 'utf8')

/** The chunk of the catalogue's validator (src/catalogue/load.ts), found by a message of its own. */
const validatorChunk = readdirSync('dist/assets').find(
  (f) =>
    f.endsWith('.js') &&
    readFileSync(`dist/assets/${f}`, 'utf8').includes('a pavilion shows the first'),
)

/** Holds every request to `pattern` until `release()`; `arrived` resolves on the first one. */
async function hold(page: Page, pattern: string) {
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  let arrive = () => {}
  const arrived = new Promise<void>((resolve) => (arrive = resolve))
  await page.route(pattern, async (route) => {
    arrive()
    await released
    await route.continue().catch(() => undefined)
  })
  return { arrived, release }
}

/** Uncaught errors only (a failed request's console line is expected in these tests). */
function uncaught(page: Page): string[] {
  const found: string[] = []
  page.on('pageerror', (error) => found.push(String(error)))
  return found
}

/** Fetches give up after 1 s here instead of 15 s (README, test settings). */
async function shortTimeouts(page: Page) {
  await page.addInitScript(() =>
    Object.assign(window, { __expoTestSettings: { fetchTimeoutMs: 1000 } }),
  )
}

describe('a slow catalogue', () => {
  it.each([
    ['a prerendered page', 'en/city/lliria-music/?view=2d'],
    ['the embed (no prerendered content)', 'embed.html?view=2d&lang=en'],
  ])('%s shows its frame and a progress indicator at once, then the content', async (_, path) => {
    const { page } = await openPage(browserOf(), baseUrl)
    const errors = uncaught(page)
    const index = await hold(page, INDEX)
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'domcontentloaded' })
    await index.arrived
    // The app's own progress (not embed.html's placeholder bar, there before any script runs).
    await page.locator('progress').first().waitFor()
    expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(20)
    expect(await page.evaluate(() => window.__expo?.ready)).toBe(false)
    index.release()
    await waitReady(page)
    await page.locator('#main h1, #main h2').first().waitFor()
    expect(await page.getByRole('progressbar').count()).toBe(0)
    expect(errors).toEqual([])
  })
})

describe('a catalogue that hangs or arrives cut short', () => {
  it('hanging: a timeout, a message with Try again, and the exhibition once it answers', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    const errors = uncaught(page)
    await shortTimeouts(page)
    let hanging = true
    const stuck: Route[] = []
    await page.route(INDEX, (route) => (hanging ? void stuck.push(route) : route.continue()))
    await page.goto(`${baseUrl}embed.html?view=2d&lang=en`, { waitUntil: 'domcontentloaded' })
    const failed = page.getByRole('alert').filter({ hasText: 'could not be loaded' })
    await failed.waitFor({ timeout: 60_000 })
    expect(stuck.length).toBeGreaterThanOrEqual(1)
    hanging = false
    await failed.getByRole('button', { name: 'Try again' }).click()
    await waitReady(page)
    await page.locator('.city-card').first().waitFor()
    expect(errors).toEqual([])
  })

  it('cut short: a clear message, no crash, and the exhibition once the file is whole', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    const errors = uncaught(page)
    let cut = true
    await page.route(INDEX, (route) =>
      cut
        ? route.fulfill({
            status: 200,
            contentType: 'application/json',
            body: indexText.slice(0, indexText.length / 2),
          })
        : route.continue(),
    )
    await page.goto(`${baseUrl}en/city/krakow-literature/`)
    const failed = page.getByRole('alert').filter({ hasText: 'could not be loaded' })
    await failed.waitFor({ timeout: 60_000 })
    expect(await page.locator('#main h1').textContent()).toContain('Kraków')
    cut = false
    await Promise.all([
      page.waitForEvent('load'),
      failed.getByRole('button', { name: 'Try again' }).click(),
    ])
    await waitReady(page)
    expect(await page.evaluate(() => window.__expo!.selected.city)).toBe('krakow-literature')
    expect(errors).toEqual([])
  })

  it('a city file cut short: the pavilion says so, and opens once the file is whole', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    const errors = uncaught(page)
    let cut = true
    await page.route('**/catalogue/cities/lliria-music.*.json', (route) =>
      cut
        ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"id":"lliria-' })
        : route.continue(),
    )
    await page.goto(`${baseUrl}en/?view=2d`)
    await waitReady(page)
    await page.locator('.city-card', { hasText: 'Llíria' }).click()
    const failed = page.getByRole('alert').filter({ hasText: 'could not be opened' })
    await failed.waitFor({ timeout: 60_000 })
    cut = false
    await failed.getByRole('button', { name: 'Try again' }).click()
    await page.locator('.city-page h1', { hasText: 'Llíria' }).waitFor()
    expect(errors).toEqual([])
  })
})

describe('a catalogue changed on the way', () => {
  it('as built, it is read without the validator: the first screen does not fetch it', async () => {
    expect(validatorChunk).toBeDefined()
    const { page } = await openPage(browserOf(), baseUrl)
    await noteMount(page)
    await page.goto(`${baseUrl}en/city/lliria-music/`)
    await waitReady(page)
    const before = [...(await requestedBeforeMount(page))]
    expect(before.some((url) => url.endsWith('/catalogue/' + indexName))).toBe(true)
    expect(before.some((url) => /\/catalogue\/cities\/lliria-music\./.test(url))).toBe(true)
    expect(before.filter((url) => url.endsWith(`/${validatorChunk}`))).toEqual([])
  })

  it('changed under the same name, it is checked item by item: the bad city is left out, with a notice', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    const errors = uncaught(page)
    const index = JSON.parse(indexText) as { cities: { id: string; field: string }[] }
    const [first] = index.cities
    index.cities[0] = { ...first!, field: 'juggling' }
    await page.route(INDEX, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(index) }),
    )
    const validator = page.waitForResponse((response) =>
      response.url().endsWith(`/${validatorChunk}`),
    )
    await page.goto(`${baseUrl}en/`)
    await validator
    await waitReady(page)
    const notice = page.getByRole('status').filter({ hasText: '/cities/0/field' })
    await notice.waitFor()
    expect(await notice.textContent()).toContain(indexName)
    await page.locator(`.city-grid a[href$="/city/${index.cities[1]!.id}/"]`).first().waitFor()
    expect(await page.locator(`a[href$="/city/${first!.id}/"]`).count()).toBe(0)
    expect(errors).toEqual([])
  })
})

describe('offline, then online', () => {
  it('a pavilion opened offline says so, and opens by itself when the network is back', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    const errors = uncaught(page)
    await page.goto(`${baseUrl}en/?view=2d`)
    await waitReady(page)
    await page.context().setOffline(true)
    await page.locator('.city-card', { hasText: 'Llíria' }).click()
    // Offline, and never opened on this device: said as such, with what the index knows.
    await page
      .getByRole('alert')
      .filter({ hasText: 'You are offline' })
      .waitFor({ timeout: 60_000 })
    await page.locator('.city-page--unavailable h1', { hasText: 'Llíria' }).waitFor()
    await page.context().setOffline(false)
    // Back online: the pavilion opens by itself, with its exhibits.
    await page
      .locator('.city-page:not(.city-page--unavailable) h1', { hasText: 'Llíria' })
      .waitFor({
        timeout: 60_000,
      })
    expect(await page.locator('.exhibit-list li').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
  })

  it('the 3D ground asked for offline: the pages stay, and Try again brings 3D once online', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    const errors = uncaught(page)
    await page.addInitScript(() => localStorage.setItem('creative-cities-expo:hints-seen', '1'))
    await page.goto(`${baseUrl}en/city/krakow-literature/?view=2d`)
    await waitReady(page)
    await page.context().setOffline(true)
    await page.getByRole('button', { name: 'Expo ground' }).click()
    const failed = page.getByRole('alert').filter({ hasText: '3D expo ground could not be loaded' })
    await failed.waitFor({ timeout: 60_000 })
    expect(await page.locator('#main h1').first().textContent()).toContain('Kraków')
    await page.context().setOffline(false)
    await failed.getByRole('button', { name: 'Try again' }).click()
    await page.waitForFunction(() => (window.__expo?.frames ?? 0) > 0, undefined, {
      timeout: 60_000,
    })
    expect(errors).toEqual([])
  })
})

describe('WebGL refused', () => {
  it('no WebGL at all: the 3D button explains why, and the pages work', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    const errors = uncaught(page)
    await refuseWebGL(page)
    await page.goto(`${baseUrl}en/?view=3d`)
    await waitReady(page)
    expect(await page.evaluate(() => window.__expo!.view)).toBe('2d')
    const button = page.getByRole('button', { name: 'Expo ground' })
    const reason = page.getByText('This device cannot draw the 3D ground')
    await reason.waitFor()
    const describedBy = await button.getAttribute('aria-describedby')
    expect(describedBy).toBeTruthy()
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('cannot draw')
    await page.locator('.city-card', { hasText: 'Llíria' }).click()
    await page.locator('.city-page h1', { hasText: 'Llíria' }).waitFor()
    expect(errors).toEqual([])
  })

  it('the probe passes but three.js gets no context: a message, and the pages', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    const errors = uncaught(page)
    // The first WebGL request is the app's probe; every later one (three.js) is refused.
    await refuseWebGL(page, 1)
    await page.goto(`${baseUrl}en/city/krakow-literature/?view=3d`)
    const failed = page.getByRole('alert').filter({ hasText: '3D expo ground could not be loaded' })
    await failed.waitFor({ timeout: 60_000 })
    expect(await page.locator('#main h1').first().textContent()).toContain('Kraków')
    await failed.getByRole('button', { name: 'Show as pages' }).click()
    await page.waitForFunction(() => window.__expo?.view === '2d')
    await page.locator('.city-page h1').waitFor()
    expect(errors).toEqual([])
  })
})

/**
 * Faults a visitor meets on a bad day, made on demand by intercepting the site's own requests:
 * the 3D code missing, a city file failing then coming back. Each shows a message and a way on,
 * never a blank page, and recovers once the fault ends.
 */
import { describe, expect, inject, it } from 'vitest'
import { openPage, waitReady } from './browser'
import { useBrowser } from './useBrowser'

const baseUrl = inject('baseUrl')
const browserOf = useBrowser()

describe('faults', () => {
  it('the 3D code cannot load: a message, the pages still work, and 3D once it is back', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    await page.addInitScript(() => localStorage.setItem('creative-cities-expo:hints-seen', '1'))
    await page.route('**/assets/ExpoCanvas-*.js', (route) => route.fulfill({ status: 404 }))
    await page.goto(`${baseUrl}en/?view=3d`)
    // A missing chunk may be a new deployment: the page reloads once, then says so.
    const failed = page.getByRole('alert').filter({ hasText: '3D expo ground could not be loaded' })
    await failed.waitFor({ timeout: 60_000 })
    expect(await page.locator('#main h1').first().textContent()).toBeTruthy()
    await page.unroute('**/assets/ExpoCanvas-*.js')
    await failed.getByRole('button', { name: 'Try again' }).click()
    await page.waitForFunction(() => (window.__expo?.frames ?? 0) > 0, undefined, {
      timeout: 60_000,
    })
    expect(await failed.count()).toBe(0)
  })

  it('“Show as pages” leaves a failed 3D view for the pages', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    await page.route('**/assets/ExpoCanvas-*.js', (route) => route.fulfill({ status: 500 }))
    await page.goto(`${baseUrl}fr/city/krakow-literature/?view=3d`)
    const failed = page.getByRole('alert').filter({ hasText: 'parc de l’expo en 3D' })
    await failed.waitFor({ timeout: 60_000 })
    await failed.getByRole('button', { name: 'Afficher en pages' }).click()
    await page.waitForFunction(() => window.__expo?.view === '2d')
    await page.locator('.city-page h1').waitFor()
  })

  it('a city file that fails is not remembered: Try again fetches it once the server is back', async () => {
    const { page, errors } = await openPage(browserOf(), baseUrl)
    let failing = true
    await page.route('**/catalogue/cities/lliria-music.*.json', (route) =>
      failing ? route.fulfill({ status: 503, body: 'busy' }) : route.continue(),
    )
    await page.goto(`${baseUrl}en/?view=2d`)
    await waitReady(page)
    await page.locator('.city-card', { hasText: 'Llíria' }).click()
    const failed = page.getByRole('alert').filter({ hasText: 'could not be opened' })
    await failed.waitFor({ timeout: 60_000 })
    failing = false
    await failed.getByRole('button', { name: 'Try again' }).click()
    await page.locator('.city-page h1', { hasText: 'Llíria' }).waitFor()
    expect(errors.filter((e) => !/503|Failed to load resource/.test(e))).toEqual([])
  })
})

describe('faults, continued', () => {
  it('a language that cannot load: the page keeps its language and says why', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    await page.route('**/assets/fr-*.js', (route) => route.fulfill({ status: 404 }))
    await page.goto(`${baseUrl}en/?view=2d`)
    await waitReady(page)
    await page.getByLabel('Language').selectOption('fr')
    await page.locator('.notice').waitFor({ timeout: 60_000 })
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await page.evaluate(() => window.__expo!.language)).toBe('en')
    expect(await page.locator('#fields-heading').textContent()).toBe('Seven creative fields')
  })

  it('the WebGL context is lost: the view says so, and comes back when it is restored', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    await page.addInitScript(() => localStorage.setItem('creative-cities-expo:hints-seen', '1'))
    await page.goto(`${baseUrl}en/?view=3d`)
    await waitReady(page)
    await page.evaluate(() => {
      const gl = document.querySelector('canvas')!.getContext('webgl2')!
      const extension = gl.getExtension('WEBGL_lose_context')!
      ;(window as unknown as { lose: WEBGL_lose_context }).lose = extension
      extension.loseContext()
    })
    const notice = page.locator('.context-lost')
    await notice.waitFor()
    const before = await page.evaluate(() => window.__expo!.frames)
    await page.evaluate(() =>
      (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext(),
    )
    await notice.waitFor({ state: 'detached' })
    await page.waitForFunction((n) => window.__expo!.frames > n, before)
  })
})

describe('faults, when the catalogue cannot load', () => {
  it('a prerendered page keeps reading, says what failed and offers to try again', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    await page.route('**/catalogue/index.*.json', (route) => route.fulfill({ status: 503 }))
    await page.goto(`${baseUrl}fr/city/krakow-literature/`)
    await page
      .getByRole('alert')
      .filter({ hasText: 'exposition interactive' })
      .waitFor({ timeout: 60_000 })
    expect(await page.locator('#main h1').textContent()).toContain('Cracovie')
    await page.unroute('**/catalogue/index.*.json')
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: 'Réessayer' }).click(),
    ])
    await waitReady(page)
    expect(await page.evaluate(() => window.__expo!.selected.city)).toBe('krakow-literature')
  })
})

import { readdirSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { openPage, shot, waitReady } from './browser'
import { useBrowser } from './useBrowser'

const baseUrl = inject('baseUrl')
const cityCount = readdirSync('content/cities').filter((f) => f.endsWith('.json')).length
const browserOf = useBrowser()

describe('the built site', () => {
  it('loads the 3D ground with one pavilion per city, and a click opens a city', async () => {
    const { page, errors, foreign } = await openPage(browserOf(), baseUrl)
    await page.goto(`${baseUrl}#/?view=3d`)
    await waitReady(page)
    expect(await page.evaluate(() => window.__expo?.view)).toBe('3d')
    expect(await page.evaluate(() => window.__expo?.pavilions)).toBe(cityCount)
    await shot(page, 'ground-3d-desktop-en')

    // Click the pavilion nearest the middle of the canvas: find it through the scene's own
    // projection, exposed only as screen positions for tests.
    const target = await page.evaluate(() => window.__expo?.pavilionScreenPoints?.()[0])
    expect(target).toBeTruthy()
    await page.mouse.click(target!.x, target!.y)
    await page.waitForFunction((id) => window.__expo?.selected.city === id, target!.id)
    await page.locator('.city-page h1').waitFor()
    expect(await page.evaluate(() => location.pathname)).toBe(`/en/city/${target!.id}/`)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })

  it('works as pages with the 3D off: list, city, exhibit, back', async () => {
    const { page, errors, foreign } = await openPage(browserOf(), baseUrl)
    await page.goto(`${baseUrl}#/?view=2d`)
    await waitReady(page)
    expect(await page.evaluate(() => window.__expo?.view)).toBe('2d')
    expect(await page.evaluate(() => window.__expo?.pavilions)).toBe(0)
    expect(await page.locator('.city-grid > li').count()).toBe(cityCount)
    await shot(page, 'ground-2d-desktop-en')

    await page.locator('.city-card', { hasText: 'Kraków' }).click()
    await page.locator('.city-page h1', { hasText: 'Kraków' }).waitFor()
    expect(await page.evaluate(() => window.__expo?.route)).toBe(
      '/en/city/krakow-literature/?view=2d',
    )
    expect(await page.evaluate(() => location.pathname + location.search)).toBe(
      '/en/city/krakow-literature/?view=2d',
    )
    await page.locator('.exhibit-card').first().click()
    await page.locator('.exhibit h1').waitFor()
    await shot(page, 'exhibit-2d-desktop-en')
    expect(await page.evaluate(() => window.__expo?.selected.initiative)).toBe(
      'krakow-resilient-bookstores',
    )

    await page.goBack()
    await page.locator('.city-page h1', { hasText: 'Kraków' }).waitFor()
    await page.goBack()
    await page.locator('.city-grid').waitFor()
    expect(await page.evaluate(() => window.__expo?.selected.city)).toBeNull()
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })

  it('filters the list from the address and shows a clear message for unknown ids', async () => {
    const { page, errors } = await openPage(browserOf(), baseUrl, { width: 390, height: 844 })
    await page.goto(`${baseUrl}#/?view=2d&field=film`)
    await waitReady(page)
    const films = await page.locator('.city-grid > li').count()
    expect(films).toBeGreaterThan(0)
    expect(films).toBeLessThan(cityCount)
    await shot(page, 'ground-2d-phone-en')
    await page.goto(`${baseUrl}#/city/atlantis-music?view=2d`)
    await page.locator('.not-found', { hasText: 'atlantis-music' }).waitFor()
    await page.goto(`${baseUrl}#/nowhere?view=2d`)
    await page.locator('.not-found', { hasText: '/nowhere' }).waitFor()
    expect(errors).toEqual([])
  })
})

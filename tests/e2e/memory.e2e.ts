/**
 * Issue 11: GPU memory returns to its baseline. Visiting 20 pavilions and switching layouts twice
 * leaves renderer.info.memory (geometries, textures) within 5% of where it started: whatever a
 * pavilion's room, its posters, the paving or the welcome pavilion built is disposed with it.
 */
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, settle, waitReady } from './browser'
import { useBrowser } from './useBrowser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

/** The ground at rest, name tags drawn: the renderer's memory counters of its last frame. */
async function groundMemory(page: Page) {
  await page.waitForFunction(
    () => window.__expo!.selected.city === null && window.__expo!.labels.length > 0,
  )
  await settle(page)
  return page.evaluate(() => {
    const { geometries, textures } = window.__expo!.renderer
    return { geometries, textures }
  })
}

describe('GPU memory', () => {
  it('returns to its baseline after 20 pavilions and two layout switches', async () => {
    const { page, errors, foreign } = await openPage(browser(), baseUrl, {
      reducedMotion: 'reduce',
    })
    await page.addInitScript(() => localStorage.setItem('creative-cities-expo:hints-seen', '1'))
    await page.goto(`${baseUrl}#/?view=3d`)
    await waitReady(page)
    const before = await groundMemory(page)
    const cities = (await page.evaluate(() => window.__expo!.matches.cities)).slice(0, 20)
    expect(cities).toHaveLength(20)
    let peak = before.geometries
    for (const id of cities) {
      await page.evaluate((city) => (location.hash = `#/city/${city}?view=3d`), id)
      // In the room, its stands drawn and the posters arrived (the scene comes to rest after).
      await page.waitForFunction(
        (city) => window.__expo!.selected.city === city && window.__expo!.exhibits.length > 0,
        id,
      )
      await settle(page)
      peak = Math.max(peak, await page.evaluate(() => window.__expo!.renderer.geometries))
      // Out again, as a visitor does: the room is taken down.
      await page.evaluate(() => (location.hash = '#/?view=3d'))
      await page.waitForFunction(
        () => window.__expo!.selected.city === null && window.__expo!.exhibits.length === 0,
      )
    }
    // Then the arrangement switched twice with the visitor's own buttons.
    for (let round = 0; round < 2; round++) {
      for (const [button, world] of [
        ['World map', true],
        ['Districts', false],
      ] as const) {
        await page.getByRole('button', { name: button, exact: true }).click()
        await page.waitForFunction(
          (w) => window.__expo!.route.includes('layout=world') === w,
          world,
        )
        await settle(page)
      }
    }
    const after = await groundMemory(page)
    console.log(
      `GPU memory at the ground: geometries ${before.geometries} → ${after.geometries} ` +
        `(${peak} at most in a room), textures ${before.textures} → ${after.textures}`,
    )
    // The rooms did build something: otherwise returning to the baseline would prove nothing.
    expect(peak).toBeGreaterThan(before.geometries)
    expect(Math.abs(after.geometries - before.geometries)).toBeLessThanOrEqual(
      before.geometries * 0.05,
    )
    expect(Math.abs(after.textures - before.textures)).toBeLessThanOrEqual(before.textures * 0.05)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
    await page.context().close()
  }, 300_000)
})

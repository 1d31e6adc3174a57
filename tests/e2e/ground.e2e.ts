/** The expo ground as a visitor uses it: keyboard, deep links, back, tours, walking, budgets. */
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, settle, shot, waitReady } from './browser'
import { useBrowser } from './useBrowser'

const baseUrl = inject('baseUrl')
const browserOf = useBrowser()

const hooks = (page: Page) =>
  page.evaluate(() => {
    const e = window.__expo!
    return {
      route: e.route,
      selected: e.selected,
      camera: e.camera,
      frames: e.frames,
      renderer: e.renderer,
    }
  })

async function open3d(hash: string, size = { width: 1280, height: 800 }) {
  const guarded = await openPage(browserOf(), baseUrl, size)
  await guarded.page.addInitScript(() =>
    localStorage.setItem('creative-cities-expo:hints-seen', '1'),
  )
  await guarded.page.goto(`${baseUrl}${hash}`)
  await waitReady(guarded.page)
  await settle(guarded.page)
  return guarded
}

async function tabToGround(page: Page): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(() => document.activeElement?.classList.contains('canvas-wrap'))) return
  }
  throw new Error('Tab never reached the 3D ground')
}

const close = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - (b[i] ?? NaN)) < 0.01)

describe('the expo ground', () => {
  it('visits three exhibits with the keyboard alone, focus always visible', async () => {
    const { page, errors, foreign } = await open3d('#/?view=3d')
    await tabToGround(page)
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    )
    expect(outline).not.toBe('none')
    const seen = new Set<string>()
    for (let visit = 0; visit < 3; visit++) {
      await page.keyboard.press('ArrowRight')
      await page.locator('.scene-focus').filter({ hasText: /\S/ }).waitFor()
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => window.__expo!.selected.city !== null)
      await page.keyboard.press('ArrowRight')
      await page.waitForFunction(() => window.__expo!.selected.initiative !== null)
      const { selected } = await hooks(page)
      await page.locator('.exhibit h1').waitFor()
      seen.add(`${selected.city}/${selected.initiative}`)
      await settle(page)
      if (visit === 0) await shot(page, 'exhibit-3d-keyboard-en')
      await page.keyboard.press('Escape')
      await page.waitForFunction(() => window.__expo!.selected.initiative === null)
      await page.keyboard.press('Escape')
      await page.waitForFunction(() => window.__expo!.selected.city === null)
      expect(
        await page.evaluate(() => document.activeElement?.classList.contains('canvas-wrap')),
      ).toBe(true)
    }
    expect(seen.size).toBe(3)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })

  it('lands a deep link on exactly the pose that navigation reaches, and back returns', async () => {
    const exhibit = '#/city/krakow-literature/krakow-resilient-bookstores?view=3d'
    const deep = await open3d(exhibit)
    const landed = (await hooks(deep.page)).camera
    await shot(deep.page, 'exhibit-3d-desktop-en')
    await deep.page.context().close()

    const { page, errors } = await open3d('#/?view=3d')
    const ground = (await hooks(page)).camera
    await page.evaluate(() => (location.hash = '#/city/krakow-literature?view=3d'))
    await page.waitForFunction(() => window.__expo!.selected.city === 'krakow-literature')
    await settle(page)
    await shot(page, 'pavilion-3d-desktop-en')
    const inside = (await hooks(page)).camera
    await page.evaluate((hash) => (location.hash = hash), exhibit)
    await settle(page)
    const reached = (await hooks(page)).camera
    expect(close(reached.position, landed.position)).toBe(true)
    expect(close(reached.target, landed.target)).toBe(true)

    await page.goBack()
    await page.waitForFunction(() => window.__expo!.selected.initiative === null)
    await settle(page)
    expect(close((await hooks(page)).camera.position, inside.position)).toBe(true)
    await page.goBack()
    await page.waitForFunction(() => window.__expo!.selected.city === null)
    await settle(page)
    expect(close((await hooks(page)).camera.position, ground.position)).toBe(true)
    expect(errors).toEqual([])
  })

  it('runs a tour that the visitor can interrupt, look around in, and resume', async () => {
    const { page, errors } = await open3d('#/?view=3d')
    await page.locator('.tour-card').first().getByRole('button').click()
    await page.waitForFunction(() => /[?&]tour=[a-z-]+&stop=0/.test(window.__expo!.route))
    await page.locator('.tour-bar').waitFor()
    const started = await hooks(page)
    expect(started.selected.city).not.toBeNull()
    // Look around at once: drag on the ground. The tour pauses and the address stays on the stop.
    const box = (await page.locator('.canvas-wrap canvas').boundingBox())!
    await page.mouse.move(box.x + 200, box.y + 300)
    await page.mouse.down()
    await page.mouse.move(box.x + 320, box.y + 340, { steps: 6 })
    await page.mouse.up()
    await page.getByRole('button', { name: 'Resume' }).waitFor()
    await settle(page)
    const looked = await hooks(page)
    expect(looked.route).toBe(started.route)
    // Resuming starts a flight: wait for its frames (a loaded machine may take a while to
    // begin), then for the scene to come to rest.
    await page.getByRole('button', { name: 'Resume' }).click()
    await page.getByRole('button', { name: 'Pause' }).waitFor()
    await page.waitForFunction((before) => window.__expo!.frames > before, looked.frames)
    await settle(page)
    const resumed = await hooks(page)

    // Resuming lands on the stop's own pose: the one its address gives in a fresh page.
    // The address of the stop without the tour (it carries view=3d already).
    const fresh = await open3d(started.route.replace(/[?&]tour=.*$/, '').replace(/^\//, ''))
    const expected = (await hooks(fresh.page)).camera
    await fresh.page.context().close()
    expect(close(resumed.camera.position, expected.position)).toBe(true)
    expect(close(looked.camera.position, expected.position)).toBe(false)

    const before = Number(/stop=(\d+)/.exec((await hooks(page)).route)?.[1])
    await page.getByRole('button', { name: 'Next stop' }).click()
    await page.waitForFunction((n) => window.__expo!.route.includes(`stop=${n}`), before + 1)
    expect(errors).toEqual([])
  })

  it('walks with the keyboard: W, then the arrow keys move the camera', async () => {
    const { page, errors } = await open3d('#/?view=3d')
    await tabToGround(page)
    await page.keyboard.press('w')
    await page.locator('.scene-controls [aria-pressed="true"]').first().waitFor()
    await settle(page)
    const before = (await hooks(page)).camera.position
    expect(before[1]).toBeCloseTo(1.7, 1)
    await page.keyboard.down('ArrowUp')
    await page.waitForTimeout(1200)
    await page.keyboard.up('ArrowUp')
    await settle(page)
    const after = (await hooks(page)).camera.position
    expect(Math.hypot(after[0] - before[0], after[2] - before[2])).toBeGreaterThan(2)
    expect(errors).toEqual([])
  })

  it('keeps to its draw-call budget and draws nothing while idle', async () => {
    const { page } = await open3d('#/?view=3d')
    // The name tags are drawn from canvases once the fonts are ready: a late, legitimate frame,
    // not an idle one. Wait for them, then for rest, before watching the idle ground.
    await page.waitForFunction(() => window.__expo!.labels.length > 0)
    await settle(page)
    const ground = await hooks(page)
    expect(ground.renderer.calls).toBeLessThanOrEqual(60)
    await page.waitForTimeout(5000)
    expect((await hooks(page)).frames).toBe(ground.frames)
    await page.evaluate(() => (location.hash = '#/city/lliria-music?view=3d'))
    await settle(page)
    expect((await hooks(page)).renderer.calls).toBeLessThan(100)
  })

  it('looks right on a phone: ground, pavilion and exhibit', async () => {
    const phone = { width: 390, height: 844 }
    for (const [name, hash] of [
      ['ground-3d-phone-en', '#/?view=3d'],
      ['pavilion-3d-phone-en', '#/city/bologna-music?view=3d'],
      ['exhibit-3d-phone-en', '#/city/bologna-music/bologna-culture-task-force?view=3d'],
    ] as const) {
      const { page, errors } = await open3d(hash, phone)
      await shot(page, name)
      expect(errors).toEqual([])
      await page.context().close()
    }
  })
})

/**
 * Discovery as a visitor uses it: filters that narrow both views with honest counts, a search
 * that finds text in every language and is driven by the keyboard, and the 3D ground lighting
 * up what matches without drawing more.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, settle, shot, waitReady } from './browser'
import { useBrowser } from './useBrowser'

const baseUrl = inject('baseUrl')
const browserOf = useBrowser()

interface ContentCity {
  id: string
  field: string
  initiatives: { id: string; practices: string[]; sdg11: string[]; period?: string }[]
}
/** The catalogue as the curators wrote it, read independently of the app's code. */
const content: ContentCity[] = readdirSync('content/cities').map(
  (file) => JSON.parse(readFileSync(`content/cities/${file}`, 'utf8')) as ContentCity,
)

const matches = (page: Page) => page.evaluate(() => window.__expo!.matches)

async function open(hash: string, options: Parameters<typeof openPage>[2] = {}) {
  const guarded = await openPage(browserOf(), baseUrl, options)
  await guarded.page.addInitScript(() =>
    localStorage.setItem('creative-cities-expo:hints-seen', '1'),
  )
  await guarded.page.goto(`${baseUrl}${hash}`)
  await waitReady(guarded.page)
  return guarded
}

describe('filters', () => {
  it('narrow the pages with counts that equal the content, and survive back and forward', async () => {
    const { page, errors, foreign } = await open('#/?view=2d')
    const select = (label: RegExp) => page.getByLabel(label, { exact: false })
    await select(/Kind of practice/).selectOption('digital-culture')
    await select(/Creative field/).selectOption('music')
    await page.waitForFunction(() => window.__expo!.route.includes('practice=digital-culture'))

    const expected = content
      .filter((c) => c.field === 'music')
      .map((c) => ({
        id: c.id,
        exhibits: c.initiatives
          .filter((i) => i.practices.includes('digital-culture'))
          .map((i) => i.id),
      }))
      .filter((c) => c.exhibits.length > 0)
    const found = await matches(page)
    expect([...found.cities].sort()).toEqual(expected.map((c) => c.id).sort())
    expect([...found.initiatives].sort()).toEqual(expected.flatMap((c) => c.exhibits).sort())
    const total = content.flatMap((c) => c.initiatives).length
    await expect
      .poll(() => page.locator('.filters-summary').textContent())
      .toContain(`${expected.length} of ${content.length} pavilions`)
    expect(await page.locator('.filters-summary').textContent()).toContain(
      `${found.initiatives.length} of ${total} exhibits`,
    )
    expect(await page.locator('.city-grid > li').count()).toBe(expected.length)
    // Each field value offers what it would select given the other filters.
    const musicOption = await select(/Creative field/)
      .locator('option[value="music"]')
      .textContent()
    expect(musicOption).toContain(`(${found.initiatives.length})`)
    await page.locator('.filters-block').scrollIntoViewIfNeeded()
    await shot(page, 'discovery-filters-en')

    await page.locator('.city-grid a').first().click()
    await page.waitForFunction(() => window.__expo!.selected.city !== null)
    await page.goBack()
    await page.waitForFunction(() => window.__expo!.selected.city === null)
    expect(await page.evaluate(() => window.__expo!.route)).toMatch(
      /field=music.*practice=digital-culture/,
    )
    expect((await matches(page)).cities).toEqual(found.cities)

    await page.getByRole('button', { name: 'Clear all' }).click()
    await page.waitForFunction(() => !window.__expo!.route.includes('field='))
    expect((await matches(page)).cities).toHaveLength(content.length)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })

  it('select the same set in 3D, light it up in the same draw calls, and frame it', async () => {
    const plain = await open('#/?view=3d')
    // Name tags arrive after the first frame (one draw call each, and only over matches): the
    // rule is about everything else, so they are waited for and counted out.
    await plain.page.waitForFunction(() => window.__expo!.labels.length > 0)
    await settle(plain.page)
    const before = await plain.page.evaluate(() => ({
      calls: window.__expo!.renderer.calls - window.__expo!.labels.length,
      camera: window.__expo!.camera,
      highlighted: window.__expo!.highlighted,
    }))
    expect(before.highlighted).toBe(content.length)

    const twoD = await open('#/?view=2d&region=latin-america-caribbean&year=2021')
    const wanted = await matches(twoD.page)
    expect(wanted.cities.length).toBeGreaterThan(0)
    expect(wanted.cities.length).toBeLessThan(content.length)

    // The filter arrives while the ground is shown: the camera eases to the matches.
    await plain.page.evaluate(() => {
      history.replaceState(null, '', '#/?view=3d&region=latin-america-caribbean&year=2021')
      dispatchEvent(new HashChangeEvent('hashchange'))
    })
    await plain.page.waitForFunction(() => window.__expo!.route.includes('year=2021'))
    await settle(plain.page)
    const after = await plain.page.evaluate(() => ({
      calls: window.__expo!.renderer.calls - window.__expo!.labels.length,
      camera: window.__expo!.camera,
      highlighted: window.__expo!.highlighted,
      matches: window.__expo!.matches,
    }))
    expect(after.matches).toEqual(wanted)
    expect(after.highlighted).toBe(wanted.cities.length)
    expect(Math.abs(after.calls - before.calls)).toBeLessThanOrEqual(before.calls * 0.1)
    expect(after.camera.target).not.toEqual(before.camera.target)
    await shot(plain.page, 'discovery-3d-filtered')
    expect(plain.errors).toEqual([])
    expect(twoD.errors).toEqual([])
  })
})

describe('search', () => {
  it('finds words in summaries, in any language, and goes there with the keyboard', async () => {
    const { page, errors, foreign } = await open('#/?view=2d')
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox')
    await page.keyboard.type('bookshops')
    const options = page.locator('.search-option')
    await options.first().waitFor()
    // The hook returns exactly the list the box shows.
    const ranked = await page.evaluate(() => window.__expo!.search('bookshops'))
    expect(await options.count()).toBe(ranked.length)
    expect(ranked[0]).toEqual({
      cityId: 'krakow-literature',
      initiativeId: 'krakow-resilient-bookstores',
    })
    expect(await options.first().locator('mark').first().textContent()).toMatch(/bookshops/i)
    await shot(page, 'discovery-search-en')
    await page.keyboard.press('ArrowDown')
    expect(await options.first().getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      () => window.__expo!.selected.initiative === 'krakow-resilient-bookstores',
    )
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })

  it('reads Chinese and forgives a typo; the list and the pages agree', async () => {
    const { page, errors } = await open('#/?view=2d&lang=zh', { locale: 'zh-CN' })
    const zh = await page.evaluate(() => window.__expo!.search('书店'))
    expect(zh[0]?.initiativeId).toBe('krakow-resilient-bookstores')
    const typo = await page.evaluate(() => window.__expo!.search('bibimbab'))
    expect(typo[0]?.initiativeId).toBe('jeonju-bibimbap-festival-2021')
    await page.locator('.search input').fill('爵士')
    await page.locator('.search-option').first().waitFor()
    const found = await matches(page)
    expect(found.initiatives.length).toBeGreaterThanOrEqual(5)
    await expect.poll(() => page.locator('.city-grid > li').count()).toBe(found.cities.length)
    await shot(page, 'discovery-search-zh')
    expect(errors).toEqual([])
  })

  it('works right to left on a phone', async () => {
    const { page, errors } = await open('#/?view=2d&lang=ar', {
      width: 390,
      height: 844,
      locale: 'ar',
    })
    await page.locator('.search input').fill('Kraków')
    await page.locator('.search-option').first().waitFor()
    await shot(page, 'discovery-search-ar-phone')
    expect(errors).toEqual([])
  })
})

describe('the collection as a whole', () => {
  it('draws its charts from the content, and a matrix cell filters by field and target', async () => {
    const { page, errors, foreign } = await open('#/about')
    await page.locator('.map-city').first().waitFor()
    // Every pavilion city on the map, every network member of 2020 as a dot.
    expect(await page.locator('.map-city').count()).toBe(content.length)
    const cell = content
      .filter((c) => c.field === 'literature')
      .flatMap((c) => c.initiatives)
      .filter((i) => i.sdg11.includes('11.4')).length
    const link = page.locator('tr.field--literature td').nth(3).locator('a')
    expect(await link.textContent()).toBe(String(cell))
    await shot(page, 'about-en')
    // Focus names a city, without a pointer.
    await page.locator('.map-city').first().focus()
    await expect.poll(() => page.locator('.map-name').textContent()).toMatch(/·/)
    await link.click()
    await page.waitForFunction(() => window.__expo!.route.includes('sdg=11.4'))
    const found = await matches(page)
    expect(found.initiatives).toHaveLength(cell)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })

  it.each([
    ['ar', { width: 390, height: 844 }],
    ['zh', { width: 1280, height: 800 }],
  ] as const)('reads in %s', async (lang, size) => {
    const { page, errors } = await open(`#/about?lang=${lang}`, { ...size, locale: lang })
    await page.locator('.map-city').first().waitFor()
    await page.locator('.timeline').scrollIntoViewIfNeeded()
    await shot(page, `about-${lang}-${size.width}`)
    expect(errors).toEqual([])
  })
})

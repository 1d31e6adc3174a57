/**
 * What the fonts cost each page, and that they draw it: Chinese, Arabic and English pages of the
 * built site (the ground, the pavilion and the exhibit with the most Chinese characters, the about
 * page), each in a fresh context, the font bytes fetched once the page is ready and no font is
 * loading any more. A Chinese page stays within 120 kB of Chinese font and fetches no Arabic one;
 * an Arabic page no Chinese font; an English page neither. Every Chinese or Arabic character on the
 * page is covered by a loaded Noto face (or the language menu's own tiny face), and Chromium
 * reports the Noto face for the headings. The swap from the fallback faces moves nothing: fonts
 * are held back until the page has painted, then released, and the layout shift is measured.
 * Screenshots: test-results/screens/fonts-<lang>-<page>-{desktop,phone}.png.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type { Page, Response } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { inUnicodeRange, isScript, parseUnicodeRange } from '../../scripts/fonts/ranges'
import { fontsUsedBy, layoutShift, openPage, shot, trackLayoutShift, waitReady } from './browser'
import { useBrowser } from './useBrowser'

const baseUrl = inject('baseUrl')
const browserOf = useBrowser()

const CHINESE_BUDGET = 120_000

interface City {
  id: string
  name: { zh?: string }
  introduction: { zh?: string }
  initiatives: {
    id: string
    title: { zh?: string }
    summary: { zh?: string }
    body?: { zh?: string }
  }[]
}
const cities: City[] = readdirSync('content/cities')
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(`content/cities/${file}`, 'utf8')) as City)
const hanCount = (texts: (string | undefined)[]) =>
  new Set(texts.join('').match(/\p{Script=Han}/gu) ?? []).size
const byMost = <T>(items: T[], count: (item: T) => number): T => {
  const sorted = [...items].sort((a, b) => count(b) - count(a))
  if (!sorted[0]) throw new Error('content/cities has no city')
  return sorted[0]
}
/** The pages with the most distinct Chinese characters: the worst cases for the slices. */
const city = byMost(cities, (c) =>
  hanCount([
    c.name.zh,
    c.introduction.zh,
    ...c.initiatives.flatMap((i) => [i.title.zh, i.summary.zh]),
  ]),
)
const exhibits = cities.flatMap((c) => c.initiatives.map((i) => ({ city: c.id, ...i })))
const exhibit = byMost(exhibits, (i) => hanCount([i.title.zh, i.summary.zh, i.body?.zh]))
const PAGES = {
  home: '',
  city: `city/${city.id}/`,
  exhibit: `city/${exhibit.city}/${exhibit.id}/`,
  about: 'about/',
}
type PageName = keyof typeof PAGES

const KINDS = {
  zh: /^noto-sans-sc-/,
  ar: /^noto-sans-arabic-/,
  autonym: /^autonym-/,
  // Before `inter`: the first pattern that matches names the kind.
  cyrillic: /^inter-cyrillic-/,
  inter: /^inter-/,
}
type Kind = keyof typeof KINDS | 'other'

/** Waits until the fonts are ready and stay so over two frames (no late text asked for more). */
async function fontsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (;;) {
      await document.fonts.ready
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      if (document.fonts.status === 'loaded') return
    }
  })
}

async function fontBytes(responses: Response[]): Promise<Record<Kind, number> & { files: number }> {
  const bytes = {
    zh: 0,
    ar: 0,
    autonym: 0,
    cyrillic: 0,
    inter: 0,
    other: 0,
    files: responses.length,
  }
  for (const response of responses) {
    const name = response.url().split('/').pop() ?? ''
    const kind = (Object.keys(KINDS) as (keyof typeof KINDS)[]).find((k) => KINDS[k].test(name))
    bytes[kind ?? 'other'] += (await response.body()).length
  }
  return bytes
}

/** Every character of `script` on the page, by the font-family list of the text that shows it. */
async function coverage(page: Page, script: 'zh' | 'ar'): Promise<string[]> {
  const { shown, faces } = await page.evaluate(() => {
    const byFamily: Record<string, string> = {}
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      // Shown: laid out and not inside a closed <details> (whose content Chromium skips).
      if (!element || !element.checkVisibility() || !node.textContent?.trim()) continue
      const family = getComputedStyle(element).fontFamily
      byFamily[family] = (byFamily[family] ?? '') + node.textContent
    }
    return {
      shown: byFamily,
      faces: [...document.fonts].map((face) => ({
        family: face.family.replace(/["']/g, ''),
        status: face.status,
        range: face.unicodeRange,
      })),
    }
  })
  const ranged = faces.map((face) => ({ ...face, ranges: parseUnicodeRange(face.range) }))
  const problems = new Set<string>()
  for (const [list, text] of Object.entries(shown)) {
    const families = list.split(',').map((f) => f.trim().replace(/["']/g, ''))
    for (const char of new Set(text)) {
      const code = char.codePointAt(0) ?? 0
      if (!isScript(script, code) || /\s/.test(char)) continue
      // The first family of the list with a face for this character is the one that draws it.
      const family = families.find((f) =>
        ranged.some((face) => face.family === f && inUnicodeRange(face.ranges, code)),
      )
      const mine = ranged.filter((f) => f.family === family && inUnicodeRange(f.ranges, code))
      if (!family || !/^(Noto Sans (SC|Arabic) Expo|Expo Autonyms)$/.test(family))
        problems.add(`${char} U+${code.toString(16)}: no Noto face in ${list}`)
      else if (!mine.some((face) => face.status === 'loaded'))
        problems.add(`${char}: ${family} not loaded`)
    }
  }
  return [...problems]
}

async function visit(lang: string, name: PageName, viewport = { width: 1280, height: 800 }) {
  const guarded = await openPage(browserOf(), baseUrl, viewport)
  const responses: Response[] = []
  guarded.page.on('response', (response) => {
    if (/\.woff2?$/.test(response.url())) responses.push(response)
  })
  await guarded.page.goto(`${baseUrl}${lang}/${PAGES[name]}`)
  await waitReady(guarded.page)
  await guarded.page.locator('#main h1').first().waitFor()
  await fontsSettled(guarded.page)
  // What a visitor who scrolls to the end sees: the parts below the first screen, which the page
  // lays out (and fetches fonts for) only near the view, are drawn too, so the bytes are the
  // page's whole and every character shown is checked.
  // (Through the CSSOM: the site's policy refuses an inline <style>.)
  await guarded.page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *'))
      if (getComputedStyle(element).contentVisibility === 'auto')
        element.style.contentVisibility = 'visible'
  })
  await fontsSettled(guarded.page)
  return { ...guarded, bytes: await fontBytes(responses) }
}

const NAMES = Object.keys(PAGES) as PageName[]
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

describe.each(['zh', 'ar'] as const)('%s pages', (lang) => {
  const family = lang === 'zh' ? /^Noto Sans SC/ : /^Noto Sans Arabic/
  it.each(NAMES)(
    '%s: fetch only their own script, and draw every character with it',
    async (name) => {
      const { page, errors, foreign, bytes } = await visit(lang, name)
      console.info(
        `fonts ${lang} ${name}: Chinese ${kB(bytes.zh)}, Arabic ${kB(bytes.ar)}, autonyms ${kB(bytes.autonym)}, Inter ${kB(bytes.inter)} (${bytes.files} files)`,
      )
      if (lang === 'zh') {
        expect(bytes.zh).toBeGreaterThan(0)
        expect(bytes.zh).toBeLessThanOrEqual(CHINESE_BUDGET)
        expect(bytes.ar).toBe(0)
      } else {
        expect(bytes.ar).toBeGreaterThan(0)
        expect(bytes.zh).toBe(0)
      }
      expect(bytes.other).toBe(0)
      expect(await coverage(page, lang)).toEqual([])
      const used = await fontsUsedBy(page, '#main h1')
      expect(used.length, used.join(', ')).toBeGreaterThan(0)
      expect(
        used.some((f) => family.test(f)),
        used.join(', '),
      ).toBe(true)
      expect(
        used.every((f) => !f.startsWith('system ')),
        used.join(', '),
      ).toBe(true)
      if (name === 'home' || name === 'exhibit') {
        await shot(page, `fonts-${lang}-${name}-desktop`)
        await page.setViewportSize({ width: 390, height: 844 })
        await fontsSettled(page)
        await shot(page, `fonts-${lang}-${name}-phone`)
      }
      expect(errors).toEqual([])
      expect(foreign).toEqual([])
      await page.context().close()
    },
  )
})

describe('en pages', () => {
  it.each(NAMES)('%s: fetch no Chinese, no Arabic and no Cyrillic font', async (name) => {
    const { page, errors, bytes } = await visit('en', name)
    console.info(`fonts en ${name}: Inter ${kB(bytes.inter)}, autonyms ${kB(bytes.autonym)}`)
    expect(bytes.inter).toBeGreaterThan(0)
    expect(bytes.zh).toBe(0)
    expect(bytes.ar).toBe(0)
    // Русский in the language menu comes from the autonyms' face, not Inter's Cyrillic file:
    // a page fetches that only when its own text has Cyrillic (a source's title, say).
    const cyrillic = await page.evaluate(() => {
      const text = [...document.querySelectorAll('body *:not(script):not(style)')]
        .filter((element) => !element.closest('.lang-switch, select, option, .autonym'))
        // Shown: laid out and not inside a closed <details> (hidden text asks for no font).
        .filter((element) => element.checkVisibility())
        .flatMap((element) => [...element.childNodes])
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
      return /[\u0400-\u04ff]/.test(text)
    })
    if (!cyrillic) expect(bytes.cyrillic).toBe(0)
    else expect(bytes.cyrillic).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await page.context().close()
  })
})

describe('the swap from the fallback faces', () => {
  // Phones too: there a line that wraps differently in the web font moves everything below it.
  it.each([
    ['en', 1280],
    ['zh', 1280],
    ['ar', 1280],
    ['en', 412],
    ['zh', 390],
    ['ar', 390],
    ['ru', 360],
  ] as const)('in %s, %i px wide, moves the page by less than 0.05 (CLS)', async (lang, width) => {
    const { page, errors } = await openPage(browserOf(), baseUrl, { width, height: 800 })
    await trackLayoutShift(page)
    // Every font waits until the page has painted (with the fallbacks), then comes. Not longer:
    // held requests take the browser's six connections, and the page's scripts would wait too.
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(/\.woff2$/, async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`${baseUrl}${lang}/${PAGES.city}`, { waitUntil: 'commit' })
    await page.waitForFunction(() =>
      performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'),
    )
    const before = await page.evaluate(
      () => [...document.fonts].filter((f) => f.status === 'loaded').length,
    )
    release()
    await waitReady(page)
    await fontsSettled(page)
    const after = await page.evaluate(
      () => [...document.fonts].filter((f) => f.status === 'loaded').length,
    )
    expect(after).toBeGreaterThan(before)
    const shift = await layoutShift(page)
    console.info(`fonts ${lang} ${width} px: layout shift with the swap ${shift.toFixed(4)}`)
    expect(shift).toBeLessThan(0.05)
    expect(errors).toEqual([])
    await page.context().close()
  })
})

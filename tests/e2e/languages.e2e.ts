/**
 * The six interface languages in the built site: `<html lang dir>`, the self-hosted fonts
 * actually drawing the text (Chromium's own report of the fonts used for a node), the content in
 * the visitor's language (Chinese, Spanish, Arabic, Russian: no English fallback), the 3D name
 * tags in Arabic script, no foreign request, no console error.
 * Screenshots: test-results/screens/lang-<l>-{desktop,phone}.png, lang-<l>-exhibit-*.png.
 */
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { fontsUsedBy, openPage, shot, waitReady } from './browser'

/** The page's own faces, by family (not the system's). */
const customFonts = (used: string[]) => used.filter((name) => !name.startsWith('system '))
import { useBrowser } from './useBrowser'

const baseUrl = inject('baseUrl')
const browserOf = useBrowser()

const LANGUAGES = ['en', 'fr', 'zh', 'es', 'ar', 'ru'] as const
type Language = (typeof LANGUAGES)[number]

/** The face each language's interface text must be drawn with, and a character to check. */
const FONT: Record<Language, { family: string; sample: string; face: RegExp }> = {
  en: { family: 'Inter', sample: 'A', face: /^Inter/ },
  fr: { family: 'Inter', sample: 'é', face: /^Inter/ },
  es: { family: 'Inter', sample: 'ñ', face: /^Inter/ },
  ru: { family: 'Inter', sample: 'Ж', face: /^Inter/ },
  zh: { family: 'Noto Sans SC Expo', sample: '中', face: /^Noto Sans SC/ },
  ar: { family: 'Noto Sans Arabic Expo', sample: 'ع', face: /^Noto Sans Arabic/ },
}

async function fontsReady(page: Page, family: string, sample: string): Promise<boolean> {
  return page.evaluate(
    async ([family, sample]) => {
      await document.fonts.ready
      const loaded = [...document.fonts].some(
        (face) => face.family.replace(/["']/g, '') === family && face.status === 'loaded',
      )
      return loaded && document.fonts.check(`16px "${family}"`, sample)
    },
    [family, sample] as const,
  )
}

describe.each(LANGUAGES)('the interface in %s', (language) => {
  it('has lang and dir right, draws with the self-hosted fonts, stays on the site', async () => {
    for (const [size, viewport] of [
      ['desktop', { width: 1280, height: 800 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const { page, errors, foreign } = await openPage(browserOf(), baseUrl, viewport)
      const fonts: string[] = []
      page.on('response', (r) => {
        if (/\.woff2?$/.test(r.url())) fonts.push(r.url().split('/').pop() ?? '')
      })
      await page.goto(`${baseUrl}#/?view=2d&lang=${language}`)
      await waitReady(page)
      // Only its own script's font: the language menu's 中文 and العربية come from a tiny face.
      await page.evaluate(() => document.fonts.ready)
      if (language !== 'zh') expect(fonts.filter((f) => f.startsWith('noto-sans-sc'))).toEqual([])
      if (language !== 'ar')
        expect(fonts.filter((f) => f.startsWith('noto-sans-arabic'))).toEqual([])
      const html = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
      }))
      expect(html).toEqual({ lang: language, dir: language === 'ar' ? 'rtl' : 'ltr' })
      const { family, sample, face } = FONT[language]
      expect(await fontsReady(page, family, sample)).toBe(true)
      // Interface text (a heading of the page) and the header's controls.
      await page.locator('#fields-heading').waitFor()
      const used = customFonts(await fontsUsedBy(page, '#fields-heading'))
      expect(used.length, `fonts for #fields-heading: ${used.join(', ')}`).toBeGreaterThan(0)
      expect(
        used.every((name) => face.test(name)),
        used.join(', '),
      ).toBe(true)
      await shot(page, `lang-${language}-${size}`)
      expect(errors).toEqual([])
      expect(foreign).toEqual([])
      await page.context().close()
    }
  })
})

describe.each(['zh', 'es', 'ar', 'ru'] as const)('a pavilion and an exhibit in %s', (language) => {
  it('read in that language and script, not the English fallback', async () => {
    const { page, errors, foreign } = await openPage(browserOf(), baseUrl)
    for (const hash of [
      '#/city/krakow-literature',
      '#/city/krakow-literature/krakow-resilient-bookstores',
    ]) {
      await page.goto(`${baseUrl}${hash}?view=2d&lang=${language}`)
      await waitReady(page)
      await page.locator('#main h1').first().waitFor()
      const { family, sample, face } = FONT[language]
      expect(await fontsReady(page, family, sample)).toBe(true)
      // The content itself is in the visitor's language: no English fallback, no tag.
      expect(await page.locator('#main h1 [lang]').first().getAttribute('lang')).toBe(language)
      expect(await page.locator('#main .lang-tag').count()).toBe(0)
      expect(await page.locator('#main [lang="en"]').count()).toBe(0)
      const used = customFonts(await fontsUsedBy(page, '#main h1'))
      expect(
        used.some((f) => face.test(f)),
        used.join(', '),
      ).toBe(true)
    }
    await shot(page, `lang-${language}-exhibit-desktop`)
    await page.setViewportSize({ width: 390, height: 844 })
    await shot(page, `lang-${language}-exhibit-phone`)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })
})

describe('name tags in 3D', () => {
  it('write each city in the visitor’s script: Arabic names in Arabic', async () => {
    const { page, errors } = await openPage(browserOf(), baseUrl)
    await page.addInitScript(() => localStorage.setItem('creative-cities-expo:hints-seen', '1'))
    await page.goto(`${baseUrl}#/?view=3d&lang=ar`)
    await waitReady(page)
    await page.waitForFunction(() => window.__expo!.labels.length > 0)
    const labels = await page.evaluate(() => window.__expo!.labels)
    expect(labels.every((l) => l.lang === 'ar' && /\p{Script=Arabic}/u.test(l.name))).toBe(true)
    await shot(page, 'lang-ar-ground-3d')
    expect(errors).toEqual([])
  })
})

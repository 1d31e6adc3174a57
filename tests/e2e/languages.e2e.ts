/**
 * The six interface languages in the built site: `<html lang dir>`, the self-hosted fonts
 * actually drawing the text (Chromium's own report of the fonts used for a node), English
 * content marked as such around an Arabic interface, no foreign request, no console error.
 * Screenshots: test-results/screens/lang-<l>-{desktop,phone}.png, lang-{zh,ar}-exhibit-*.png.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, shot, waitReady } from './browser'
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

const locale = (language: Language) =>
  JSON.parse(readFileSync(`src/i18n/locales/${language}.json`, 'utf8')) as {
    language: { english: string }
  }

/** The fonts Chromium used to draw a node's text (DevTools protocol), by family name. */
async function fontsUsedBy(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts.filter((f) => f.isCustomFont).map((f) => f.familyName)
  } finally {
    await cdp.detach()
  }
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
      await page.goto(`${baseUrl}#/?view=2d&lang=${language}`)
      await waitReady(page)
      const html = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
      }))
      expect(html).toEqual({ lang: language, dir: language === 'ar' ? 'rtl' : 'ltr' })
      const { family, sample, face } = FONT[language]
      expect(await fontsReady(page, family, sample)).toBe(true)
      // Interface text (a heading of the page) and the header's controls.
      await page.locator('#fields-heading').waitFor()
      const used = await fontsUsedBy(page, '#fields-heading')
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

describe.each(['zh', 'ar'] as const)('an exhibit in %s', (language) => {
  it('reads in its script, with English content marked where there is no translation', async () => {
    const { page, errors, foreign } = await openPage(browserOf(), baseUrl)
    await page.goto(
      `${baseUrl}#/city/krakow-literature/krakow-resilient-bookstores?view=2d&lang=${language}`,
    )
    await waitReady(page)
    await page.locator('.exhibit h1').waitFor()
    const { family, sample } = FONT[language]
    expect(await fontsReady(page, family, sample)).toBe(true)
    if (language === 'ar') {
      // The content speaks en/fr/zh only: an Arabic visitor reads it in English, told so.
      const english = page.locator('.exhibit [lang="en"]').first()
      expect(await english.isVisible()).toBe(true)
      const tag = page.locator('.exhibit .lang-tag').first()
      expect(await tag.isVisible()).toBe(true)
      expect((await tag.textContent())?.trim()).toBe(locale('ar').language.english)
      expect(
        (await fontsUsedBy(page, '.exhibit h1 [lang="en"]')).every((f) => /^Inter/.test(f)),
      ).toBe(true)
    } else {
      const used = await fontsUsedBy(page, '.exhibit h1')
      expect(
        used.some((f) => /^Noto Sans SC/.test(f)),
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

/**
 * Every text the site can show, tagged with its language when known: the interface strings
 * (src/i18n/locales), the literals in src/ (language autonyms, separators), the content, and what
 * the browser's Intl writes in each language (country names, dates, numerals, lists).
 * The font subsets are cut from this, so a new text cannot show a missing glyph.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UI_LANGUAGES, type UiLanguage } from '../../src/catalogue/vocabulary.ts'
import type { Content } from '../content/validate.ts'

export interface Text {
  /** The language the text is written in, when it says so (a locale file, a `zh` field…). */
  lang?: UiLanguage
  text: string
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const LOCALES_DIR = join(ROOT, 'src/i18n/locales')
const SRC_DIR = join(ROOT, 'src')

const isLanguage = (key: string): key is UiLanguage =>
  (UI_LANGUAGES as readonly string[]).includes(key)

/** Every string value under `value`; a key naming a language tags the strings below it. */
export function stringsOf(value: unknown, lang?: UiLanguage, out: Text[] = []): Text[] {
  if (typeof value === 'string') out.push(lang ? { lang, text: value } : { text: value })
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, lang, out)
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value))
      stringsOf(item, isLanguage(key) ? key : lang, out)
  return out
}

export function localeTexts(dir = LOCALES_DIR): Text[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const lang = file.slice(0, -'.json'.length)
      const json: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'))
      return stringsOf(json, isLanguage(lang) ? lang : undefined)
    })
}

/** Non-ASCII characters written in src/ code outside comments (autonyms, ' · ', '…'). */
export function sourceLiterals(dir = SRC_DIR): Text[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.(test|d)\.tsx?$/.test(file))
    .sort()
  const texts: Text[] = []
  for (const file of files) {
    const code = readFileSync(join(dir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '')
    // eslint-disable-next-line no-control-regex
    const wide = code.match(/[^\x00-\x7f]+/g)
    if (wide) texts.push({ text: wide.join('') })
  }
  return texts
}

/** Country codes named anywhere in the content (`"country": "PL"`). */
export function countriesOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) countriesOf(item, out)
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) {
      if (key === 'country' && typeof item === 'string') out.add(item)
      else countriesOf(item, out)
    }
  return out
}

/** What Intl writes in each language for this content: countries, periods, numbers, lists. */
export function intlTexts(content: Content): Text[] {
  const countries = [...countriesOf(content)].sort()
  const texts: Text[] = []
  const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d))
  for (const lang of UI_LANGUAGES) {
    const push = (text: string | undefined) => {
      if (text) texts.push({ lang, text })
    }
    const regions = new Intl.DisplayNames([lang], { type: 'region' })
    for (const code of countries) push(regions.of(code))
    const number = new Intl.NumberFormat(lang)
    push(number.format(1234567.89))
    push(number.format(-0.5))
    push('0123456789'.replace(/\d/g, (digit) => number.format(Number(digit))))
    push(new Intl.ListFormat(lang).format(['a', 'b', 'c']))
    const year: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' }
    const month = { ...year, month: 'long' } as const
    const day = { ...month, day: 'numeric' } as const
    push(new Intl.DateTimeFormat(lang, year).formatRange(utc(2020), utc(2021)))
    for (let m = 1; m <= 12; m++) {
      push(new Intl.DateTimeFormat(lang, month).format(utc(2020, m)))
      push(new Intl.DateTimeFormat(lang, day).format(utc(2020, m, 28)))
      push(
        new Intl.DateTimeFormat(lang, month).formatRange(
          utc(2020, m),
          utc(2020 + Math.floor(m / 12), (m % 12) + 1),
        ),
      )
      push(new Intl.DateTimeFormat(lang, month).formatRange(utc(2020, m), utc(2021, m)))
      push(new Intl.DateTimeFormat(lang, day).formatRange(utc(2020, m, 1), utc(2020, m, 28)))
    }
  }
  return texts
}

/** Everything: interface, source literals, content, Intl. */
export function collectTexts(content: Content, localesDir = LOCALES_DIR): Text[] {
  return [
    ...localeTexts(localesDir),
    ...sourceLiterals(),
    ...stringsOf(content),
    ...intlTexts(content),
  ]
}

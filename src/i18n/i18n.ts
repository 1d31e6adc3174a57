/**
 * i18next set up with lazily loaded locale files: a visitor downloads only their language
 * (every locale is complete: no English fallback is loaded beside it). Every number interpolated into a string
 * is written by Intl in the interface language (grouping, numerals), while plural selection
 * still reads the number itself (`count`).
 */
import i18next, { type BackendModule, type FormatterModule, type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { UiLanguage } from '../catalogue/vocabulary'
import { loadRegions } from './regions'

const locales = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json')

/** The self-hosted faces (scripts/fonts) a language needs, with a character they cover. */
const SCRIPT_FONTS: Partial<Record<string, { family: string; sample: string }>> = {
  zh: { family: '"Noto Sans SC Expo"', sample: '中' },
  ar: { family: '"Noto Sans Arabic Expo"', sample: 'ع' },
}
/** Past this (ms) the page shows with a fallback font rather than wait longer. */
const FONT_WAIT = 3000

/**
 * Fetches a language's script font along with its strings, so the first screen in Chinese or
 * Arabic is drawn with its glyphs rather than boxes (no system CJK or Arabic font is assumed).
 */
function loadScriptFonts(language: string): Promise<unknown> {
  const font = SCRIPT_FONTS[language]
  if (!font || typeof document === 'undefined' || !document.fonts) return Promise.resolve()
  const loads = Promise.all(
    [400, 700].map((weight) => document.fonts.load(`${weight} 1em ${font.family}`, font.sample)),
  ).catch(() => undefined)
  return Promise.race([loads, new Promise((resolve) => setTimeout(resolve, FONT_WAIT))])
}

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = locales[`./locales/${language}.json`]
    if (!load) return callback(new Error(`no locale ${language}`), false)
    Promise.all([load(), loadScriptFonts(language)]).then(
      ([module]) => callback(null, module.default),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    )
  },
}

const numberFormats = new Map<string, Intl.NumberFormat>()
function formatNumber(value: number, language: string): string {
  let format = numberFormats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(language)
    numberFormats.set(language, format)
  }
  return format.format(value)
}

type Format = (value: unknown, language: string, options: unknown) => string

/**
 * Interpolation formats, called for every value (`alwaysFormat`): numbers through Intl by
 * default; `{{when, datetime}}` and `{{items, list}}` on request; `add` registers more.
 */
export function createFormatter(): FormatterModule {
  const formats = new Map<string, Format>([
    [
      'number',
      (value, language) =>
        typeof value === 'number' ? formatNumber(value, language) : String(value),
    ],
    [
      'datetime',
      (value, language) =>
        value instanceof Date ? new Intl.DateTimeFormat(language).format(value) : String(value),
    ],
    [
      'list',
      (value, language) =>
        Array.isArray(value)
          ? new Intl.ListFormat(language).format(value.map(String))
          : String(value),
    ],
  ])
  return {
    type: 'formatter',
    init() {},
    add(name, format) {
      formats.set(name.toLowerCase(), format)
    },
    addCached(name, make) {
      formats.set(name.toLowerCase(), (value, language, options) => make(language, options)(value))
    },
    format(value: unknown, format, language = 'en', options) {
      const named = format ? formats.get(format.trim().toLowerCase()) : undefined
      if (named) return named(value, language, options)
      if (typeof value === 'number') return formatNumber(value, language)
      return value as string
    },
  }
}

export async function createI18n(language: UiLanguage): Promise<I18n> {
  const instance = i18next.createInstance()
  const regions = loadRegions(language)
  await instance
    .use(lazyLocales)
    .use(createFormatter())
    .use(initReactI18next)
    .init({
      lng: language,
      // Every locale has every key (\`npm run i18n:check\` fails the build otherwise), so a visitor
      // downloads their language's strings only, not English ones as well.
      fallbackLng: false,
      load: 'languageOnly',
      interpolation: { escapeValue: false, alwaysFormat: true },
      react: { useSuspense: false },
      returnNull: false,
    })
  await regions
  return instance
}

/**
 * An instance with its strings given up front, ready at once: for prerendering pages at build
 * time, where the same components render in Node.
 */
export function createStaticI18n(
  language: UiLanguage,
  strings: Partial<Record<UiLanguage, Record<string, unknown>>>,
): I18n {
  const instance = i18next.createInstance()
  void instance
    .use(createFormatter())
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      load: 'languageOnly',
      resources: Object.fromEntries(
        Object.entries(strings).map(([lang, translation]) => [lang, { translation }]),
      ),
      initAsync: false,
      interpolation: { escapeValue: false, alwaysFormat: true },
      react: { useSuspense: false },
      returnNull: false,
    })
  return instance
}

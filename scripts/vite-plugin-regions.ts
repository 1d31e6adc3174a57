/**
 * Vite plugin: `virtual:expo-regions/<lang>`, the names of every country and region in one
 * interface language, written from CLDR (Node's ICU) when the site is built.
 *
 * The page is rendered twice, by Node at build time and by the visitor's browser, and the two must
 * write the same names (the browser hydrates the prerendered page): browsers carry their own,
 * older or trimmed CLDR ("Macao" in Chromium, "Macao SAR China" in CLDR 48). One table for both.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { UI_LANGUAGES, type UiLanguage } from '../src/catalogue/vocabulary.ts'

const PREFIX = 'virtual:expo-regions/'

/** The country codes the content names (`"country": "PL"` in any file under `dir`). */
export function contentCountries(dir: string): Set<string> {
  const codes = new Set<string>()
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) visit(path)
      else if (entry.name.endsWith('.json'))
        for (const [, code] of readFileSync(path, 'utf8').matchAll(/"country"\s*:\s*"([A-Z]{2})"/g))
          if (code) codes.add(code)
    }
  }
  try {
    visit(dir)
  } catch {
    // No content here (a test's own folder): every code is written instead.
  }
  return codes
}

/**
 * The name in `language` of each code in `codes` (each code CLDR names, when none are given).
 * A country the content gains later is named by the browser until the next build.
 */
export function regionNames(
  language: UiLanguage,
  codes: ReadonlySet<string> = new Set(),
): Record<string, string> {
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })
  const names = new Intl.DisplayNames([language], { type: 'region' })
  const table: Record<string, string> = {}
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b)
      if ((codes.size === 0 || codes.has(code)) && english.of(code))
        table[code] = names.of(code) ?? code
    }
  return table
}

/** `contentDir`: where the content's files are; only the countries they name are written. */
export function regions(contentDir = process.env.EXPO_CONTENT_DIR ?? 'content'): Plugin {
  // Read once per build (six languages ask): a country new to the content waits for a restart.
  let countries: Set<string> | undefined
  return {
    name: 'expo-regions',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined
      const language = id.slice(PREFIX.length + 1)
      if (!(UI_LANGUAGES as readonly string[]).includes(language))
        throw new Error(`${id}: no interface language "${language}"`)
      return `export default ${JSON.stringify(regionNames(language as UiLanguage, (countries ??= contentCountries(contentDir))))}`
    },
  }
}

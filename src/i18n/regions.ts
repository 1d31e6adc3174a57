/**
 * Country and region names in the interface language, from the table the build writes (see
 * scripts/vite-plugin-regions.ts): the same names in the prerendered page and in every browser.
 * A code the table lacks falls back to the browser's own names.
 */
import type { UiLanguage } from '../catalogue/vocabulary'

type Table = Record<string, string>

const tables: Record<UiLanguage, () => Promise<{ default: Table }>> = {
  en: () => import('virtual:expo-regions/en'),
  fr: () => import('virtual:expo-regions/fr'),
  zh: () => import('virtual:expo-regions/zh'),
  es: () => import('virtual:expo-regions/es'),
  ar: () => import('virtual:expo-regions/ar'),
  ru: () => import('virtual:expo-regions/ru'),
}

const loaded = new Map<string, Table>()

/** Loads a language's names (once); a failure leaves the browser's names in use. */
export async function loadRegions(language: string): Promise<void> {
  const load = tables[language as UiLanguage]
  if (!load || loaded.has(language)) return
  try {
    loaded.set(language, (await load()).default)
  } catch {
    // The browser's own names serve; only the prerendered page's may differ in a few places.
  }
}

export function regionName(code: string, language: string): string {
  const name = loaded.get(language)?.[code]
  if (name) return name
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

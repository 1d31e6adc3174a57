/** Which interface language to use: the address, then the saved choice, the browser, English. */
import { UI_LANGUAGES, type UiLanguage } from '../catalogue/vocabulary'

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value)
}

export function pickLanguage(
  fromAddress: string | undefined,
  saved: string | null | undefined,
  browser: readonly string[],
): UiLanguage {
  if (isUiLanguage(fromAddress)) return fromAddress
  if (isUiLanguage(saved)) return saved
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0]
    if (isUiLanguage(base)) return base
  }
  return 'en'
}

export const directionOf = (language: UiLanguage): 'rtl' | 'ltr' =>
  language === 'ar' ? 'rtl' : 'ltr'

/** Where the visitor's chosen language is saved (localStorage). */
export const LANGUAGE_KEY = 'creative-cities-expo:language'

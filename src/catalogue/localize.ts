/** Chooses the text to show for a language: the language itself, else English (marked). */
import type { UiLanguage } from './vocabulary'

type Texts = { en: string } & Partial<Record<UiLanguage, string | undefined>>

export interface Localized {
  text: string
  /** The language the text is actually in. */
  lang: UiLanguage
  /** True when the visitor's language was missing and English is shown instead. */
  fallback: boolean
}

export function localize(texts: Texts, language: UiLanguage): Localized {
  const own = texts[language]
  if (own) return { text: own, lang: language, fallback: false }
  return { text: texts.en, lang: 'en', fallback: language !== 'en' }
}

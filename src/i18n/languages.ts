import type { UiLanguage } from '../catalogue/vocabulary'

/** Each language named in itself (autonyms are the same in every locale, so not translated). */
export const AUTONYMS: Record<UiLanguage, string> = {
  en: 'English',
  fr: 'Français',
  zh: '中文',
  es: 'Español',
  ar: 'العربية',
  ru: 'Русский',
}

/**
 * i18next set up with lazily loaded locale files: a visitor downloads only their language
 * (plus English, the fallback, when a key is missing).
 */
import i18next, { type BackendModule, type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { UiLanguage } from '../catalogue/vocabulary'

const locales = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json')

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = locales[`./locales/${language}.json`]
    if (!load) return callback(new Error(`no locale ${language}`), false)
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    )
  },
}

export async function createI18n(language: UiLanguage): Promise<I18n> {
  const instance = i18next.createInstance()
  await instance
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      load: 'languageOnly',
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
      returnNull: false,
    })
  return instance
}

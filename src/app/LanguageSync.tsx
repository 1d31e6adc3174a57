/** Keeps i18next, `<html lang dir>` and the saved choice in step with the store's language. */
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { directionOf, isUiLanguage } from '../i18n/detect'
import { loadRegions } from '../i18n/regions'
import { useExpo, useExpoStore } from '../state/useExpo'

export function LanguageSync() {
  const store = useExpoStore()
  const { i18n } = useTranslation()
  const language = useExpo((s) => s.language)
  const fromAddress = useExpo((s) => s.route.params.lang)

  // The address wins over everything else when it names a language.
  useEffect(() => {
    if (fromAddress && fromAddress !== store.getState().language)
      store.getState().setLanguage(fromAddress)
  }, [fromAddress, store])

  // The page changes language once its strings have arrived; if they cannot, it stays in the
  // language it had (never <html lang="fr"> over English strings) and says why.
  const current = useRef(i18n.language)
  useEffect(() => {
    let live = true
    // The country names first (they never fail: the browser's own serve instead), so the page
    // redraws once, in the new language throughout.
    void loadRegions(language)
      .then(() => i18n.changeLanguage(language))
      .then(() => {
        if (!live) return
        if (!i18n.hasResourceBundle(language, 'translation')) {
          const previous = current.current
          void i18n.changeLanguage(previous)
          if (isUiLanguage(previous)) {
            store.getState().setLanguage(previous)
            store.getState().setParams({ lang: previous })
          }
          store.getState().addNotices([{ where: language, message: i18n.t('language.failed') }])
          return
        }
        current.current = language
        document.documentElement.lang = language
        document.documentElement.dir = directionOf(language)
      })
    return () => {
      live = false
    }
  }, [i18n, language, store])
  return null
}

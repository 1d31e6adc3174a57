/** Keeps i18next, `<html lang dir>` and the saved choice in step with the store's language. */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { directionOf } from '../i18n/detect'
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

  useEffect(() => {
    void i18n.changeLanguage(language)
    document.documentElement.lang = language
    document.documentElement.dir = directionOf(language)
  }, [i18n, language])
  return null
}

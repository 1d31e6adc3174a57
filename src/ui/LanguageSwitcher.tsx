import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { UI_LANGUAGES } from '../catalogue/vocabulary'
import { LANGUAGE_KEY } from '../i18n/detect'
import { isUiLanguage } from '../i18n/detect'
import { AUTONYMS } from '../i18n/languages'
import { useExpo, useExpoStore } from '../state/useExpo'

export function LanguageSwitcher() {
  const { t } = useTranslation()
  const id = useId()
  const store = useExpoStore()
  const language = useExpo((s) => s.language)
  return (
    <div className="lang-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          const next = event.target.value
          if (!isUiLanguage(next)) return
          try {
            localStorage.setItem(LANGUAGE_KEY, next)
          } catch {
            // Private browsing: the choice lasts for this page only.
          }
          store.getState().setLanguage(next)
          store.getState().setParams({ lang: next })
        }}
      >
        {UI_LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {AUTONYMS[code]}
          </option>
        ))}
      </select>
    </div>
  )
}

import { useCallback } from 'react'
import { regionName } from '../i18n/regions'
import { useExpo } from '../state/useExpo'

/** Country names in the interface language (CLDR, as written at build time: i18n/regions). */
export function useCountryName(): (code: string) => string {
  const language = useExpo((s) => s.language)
  return useCallback((code: string) => regionName(code, language), [language])
}

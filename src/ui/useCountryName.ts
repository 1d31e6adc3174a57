import { useMemo } from 'react'
import { useExpo } from '../state/useExpo'

/** Country names from the browser's own CLDR data, in the interface language. */
export function useCountryName(): (code: string) => string {
  const language = useExpo((s) => s.language)
  return useMemo(() => {
    let names: Intl.DisplayNames | undefined
    try {
      names = new Intl.DisplayNames([language], { type: 'region' })
    } catch {
      names = undefined
    }
    return (code: string) => names?.of(code) ?? code
  }, [language])
}

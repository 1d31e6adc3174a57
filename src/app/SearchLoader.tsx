/** Loads the full-text search when the address has a search or the visitor reaches for the box. */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { PRACTICES } from '../catalogue/vocabulary'
import { useExpo, useExpoStore } from '../state/useExpo'
import { loadSearch } from './catalogueSource'

export function SearchLoader() {
  const store = useExpoStore()
  const { t } = useTranslation()
  const wanted = useExpo((s) => Boolean(s.route.params.q) || s.searchStatus === 'wanted')
  const catalogue = useExpo((s) => s.catalogue)
  useEffect(() => {
    if (!wanted || !catalogue) return
    const practices = Object.fromEntries(PRACTICES.map((p) => [p, t(`practice.${p}`)]))
    void loadSearch(store, { practices })
  }, [wanted, catalogue, store, t])
  return null
}

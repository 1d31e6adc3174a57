/** Loads the parts of the index that a view asked for (see `usePart`). */
import { useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { PARTS } from '../catalogue/parts'
import { useExpo, useExpoStore } from '../state/useExpo'
import { loadPart } from './catalogueSource'

export function PartsLoader() {
  const store = useExpoStore()
  const wanted = useExpo(
    useShallow((s) => (s.catalogue ? PARTS.filter((name) => s.parts[name] === 'wanted') : [])),
  )
  useEffect(() => {
    for (const name of wanted) void loadPart(store, name)
  }, [wanted, store])
  return null
}

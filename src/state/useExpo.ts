import { useContext } from 'react'
import { useStore } from 'zustand'
import { StoreContext } from './StoreContext'
import type { ExpoState, ExpoStore } from './store'

export function useExpoStore(): ExpoStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useExpo must be used inside <StoreContext.Provider>')
  return store
}

/** One atomic value per selector; use `useShallow` for several. */
export function useExpo<T>(selector: (state: ExpoState) => T): T {
  return useStore(useExpoStore(), selector)
}

import { useContext, useEffect, useSyncExternalStore } from 'react'
import type { PartName } from '../catalogue/parts'
import { StoreContext } from './StoreContext'
import type { ExpoState, ExpoStore } from './store'

export function useExpoStore(): ExpoStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useExpo must be used inside <StoreContext.Provider>')
  return store
}

/**
 * One atomic value per selector; use `useShallow` for several.
 * Hydration reads the store as it is, as a first render does: zustand's own `useStore` would give
 * the state the store was created with, without the catalogue the prerendered page was made from.
 */
export function useExpo<T>(selector: (state: ExpoState) => T): T {
  const store = useExpoStore()
  const read = () => selector(store.getState())
  return useSyncExternalStore(store.subscribe, read, read)
}

/**
 * Asks for a part of the index (titles, network, narration) while the calling view is shown;
 * returns whether it is merged in. Views read the part from the catalogue as usual.
 */
export function usePart(name: PartName, needed = true): boolean {
  const store = useExpoStore()
  const status = useExpo((s) => s.parts[name])
  const catalogue = useExpo((s) => s.catalogue)
  // Asked on mount and for each new index; one that failed is asked again when a view returns.
  useEffect(() => {
    if (catalogue && needed) store.getState().wantPart(name)
  }, [name, needed, catalogue, store])
  return status === 'ready'
}

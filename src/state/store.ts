/**
 * The one vanilla zustand store, made of slices and created per app instance (the page and each
 * embed get their own), provided through React context.
 */
import { createStore } from 'zustand/vanilla'
import { createCatalogueSlice, type CatalogueSlice } from './catalogueSlice'
import { createNavigationSlice, type NavigationSlice } from './navigationSlice'
import { createOfflineSlice, type OfflineSlice } from './offlineSlice'
import { createPreferencesSlice, type PreferencesSlice } from './preferencesSlice'
import { createSearchSlice, type SearchSlice } from './searchSlice'
import { createVisitSlice, type VisitSlice } from './visitSlice'

export type ExpoState = CatalogueSlice &
  NavigationSlice &
  OfflineSlice &
  PreferencesSlice &
  SearchSlice &
  VisitSlice
export type ExpoStore = ReturnType<typeof createExpoStore>

/** `initial` seeds the state (the prerenderer gives the whole catalogue: a server render reads it). */
export function createExpoStore(initial: Partial<ExpoState> = {}) {
  return createStore<ExpoState>()((...a) => ({
    ...createCatalogueSlice(...a),
    ...createNavigationSlice(...a),
    ...createOfflineSlice(...a),
    ...createPreferencesSlice(...a),
    ...createSearchSlice(...a),
    ...createVisitSlice(...a),
    ...initial,
  }))
}

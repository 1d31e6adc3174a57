import type { StateCreator } from 'zustand'
import type { CatalogueIndex } from '../catalogue/compiled'
import type { Notice } from '../catalogue/load'
import type { City } from '../catalogue/schema'
import type { ExpoState } from './store'

export type CityEntry =
  | { status: 'loading' }
  | { status: 'ready'; city: City }
  /** `offline`: the network is off (or unreachable) and no copy of the file is cached. */
  | { status: 'failed'; message: string; offline?: boolean }

export interface CatalogueSlice {
  catalogue: CatalogueIndex | null
  catalogueStatus: 'loading' | 'ready' | 'failed'
  /** Full city files, fetched when a city is opened (a Map: no id can collide with a built-in). */
  cities: ReadonlyMap<string, CityEntry>
  /** Invalid items that were dropped; shown in a visible notice. */
  notices: Notice[]
  /** Content errors pushed by the dev server; the last good catalogue stays on screen. */
  contentErrors: string[]
  setCatalogue: (index: CatalogueIndex, notices: Notice[]) => void
  failCatalogue: (notices: Notice[]) => void
  setCity: (id: string, entry: CityEntry) => void
  /** Forgets a city file (after a failure), so that it is fetched again. */
  forgetCity: (id: string) => void
  addNotices: (notices: Notice[]) => void
  setContentErrors: (errors: string[]) => void
}

export const createCatalogueSlice: StateCreator<ExpoState, [], [], CatalogueSlice> = (set) => ({
  catalogue: null,
  catalogueStatus: 'loading',
  cities: new Map(),
  notices: [],
  contentErrors: [],
  setCatalogue: (catalogue, notices) =>
    set({
      catalogue,
      catalogueStatus: 'ready',
      notices,
      cities: new Map(),
      contentErrors: [],
      // A new catalogue brings new search texts: load them again when needed.
      searchEngine: null,
      searchStatus: 'idle',
    }),
  failCatalogue: (notices) =>
    set((state) => ({
      catalogueStatus: state.catalogue ? 'ready' : 'failed',
      notices: [...state.notices, ...notices],
    })),
  setCity: (id, entry) => set((state) => ({ cities: new Map(state.cities).set(id, entry) })),
  forgetCity: (id) =>
    set((state) => {
      const cities = new Map(state.cities)
      cities.delete(id)
      return { cities }
    }),
  addNotices: (notices) => set((state) => ({ notices: [...state.notices, ...notices] })),
  setContentErrors: (contentErrors) => set({ contentErrors }),
})

import type { StateCreator } from 'zustand'
import type { SearchEngine } from '../catalogue/search'
import type { ExpoState } from './store'

export interface SearchSlice {
  /** The full-text search, loaded with its texts the first time a visitor searches. */
  searchEngine: SearchEngine | null
  /** `wanted`: the visitor is about to search (the box has focus); the app loads it. */
  searchStatus: 'idle' | 'wanted' | 'loading' | 'ready' | 'failed'
  setSearch: (status: SearchSlice['searchStatus'], engine?: SearchEngine | null) => void
}

export const createSearchSlice: StateCreator<ExpoState, [], [], SearchSlice> = (set) => ({
  searchEngine: null,
  searchStatus: 'idle',
  setSearch: (searchStatus, engine) =>
    set(engine === undefined ? { searchStatus } : { searchStatus, searchEngine: engine }),
})

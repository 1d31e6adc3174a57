import type { StateCreator } from 'zustand'
import type { CatalogueIndex, Parts } from '../catalogue/compiled'
import type { Notice } from '../catalogue/load'
import { PARTS, withPart, type PartName } from '../catalogue/parts'
import type { City } from '../catalogue/schema'
import type { ExpoState } from './store'

export type CityEntry =
  | { status: 'loading' }
  | { status: 'ready'; city: City }
  /** `offline`: the network is off (or unreachable) and no copy of the file is cached. */
  | { status: 'failed'; message: string; offline?: boolean }

/** Where a part of the index stands: asked for by a view, on its way, merged in, or failed. */
export type PartStatus = 'idle' | 'wanted' | 'loading' | 'ready' | 'failed'

const idleParts = (): Record<PartName, PartStatus> =>
  Object.fromEntries(PARTS.map((name) => [name, 'idle'])) as Record<PartName, PartStatus>

export interface CatalogueSlice {
  catalogue: CatalogueIndex | null
  catalogueStatus: 'loading' | 'ready' | 'failed'
  /** Full city files, fetched when a city is opened (a Map: no id can collide with a built-in). */
  cities: ReadonlyMap<string, CityEntry>
  /** Invalid items that were dropped; shown in a visible notice. */
  notices: Notice[]
  /** Content errors pushed by the dev server; the last good catalogue stays on screen. */
  contentErrors: string[]
  /** The index's parts (titles, network, narration): each loads once a view asks for it. */
  parts: Record<PartName, PartStatus>
  setCatalogue: (index: CatalogueIndex, notices: Notice[]) => void
  /** A view needs this part: the loader (app/PartsLoader) fetches it, unless it is there. */
  wantPart: (name: PartName) => void
  setPartStatus: (name: PartName, status: PartStatus) => void
  /** Merges a loaded part into the index, for the catalogue it was loaded for. */
  addPart: <N extends PartName>(
    index: CatalogueIndex,
    name: N,
    part: Parts[N],
    notices: Notice[],
  ) => void
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
  parts: idleParts(),
  setCatalogue: (catalogue, notices) =>
    set((state) => ({
      catalogue,
      catalogueStatus: 'ready',
      notices,
      cities: new Map(),
      contentErrors: [],
      // A new index names new part files: the parts that were asked for are loaded again.
      parts: Object.fromEntries(
        PARTS.map((name) => [name, state.parts[name] === 'idle' ? 'idle' : 'wanted']),
      ) as Record<PartName, PartStatus>,
      // A new catalogue brings new search texts: load them again when needed.
      searchEngine: null,
      searchStatus: 'idle',
    })),
  wantPart: (name) =>
    set((state) =>
      state.parts[name] === 'idle' || state.parts[name] === 'failed'
        ? { parts: { ...state.parts, [name]: 'wanted' } }
        : {},
    ),
  setPartStatus: (name, status) => set((state) => ({ parts: { ...state.parts, [name]: status } })),
  addPart: (index, name, part, notices) =>
    set((state) =>
      // A part that arrives after the index changed belongs to the old one: dropped.
      state.catalogue === index || state.catalogue?.parts[name] === index.parts[name]
        ? {
            catalogue: withPart(state.catalogue ?? index, name, part),
            parts: { ...state.parts, [name]: 'ready' },
            notices: notices.length ? [...state.notices, ...notices] : state.notices,
          }
        : {},
    ),
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

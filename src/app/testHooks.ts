/**
 * `window.__expo` (SPEC §9): a read-only window on the app for end-to-end tests and the
 * benchmark. Nothing in the app reads it.
 */
import { formatRoute } from '../routing/route'
import type { FrameStats, ScreenPoint } from '../state/frameStats'
import type { SearchEngine } from '../catalogue/search'
import { selectSelection } from '../state/derived'
import { selectCityId, selectInitiativeId, selectView } from '../state/selectors'
import type { WorkerStatus } from '../state/offlineSlice'
import type { ExpoStore } from '../state/store'

export interface ExpoTestHooks {
  readonly ready: boolean
  readonly view: '2d' | '3d'
  readonly language: string
  readonly route: string
  readonly pavilions: number
  readonly selected: { city: string | null; initiative: string | null }
  readonly renderer: FrameStats['renderer']
  readonly frames: number
  readonly firstFrameAt: number | null
  /** Intervals between back-to-back frames (animations), ms, the last 600. */
  readonly frameTimes: number[]
  /** Camera position and orbit target of the last frame drawn, m. */
  readonly camera: FrameStats['pose']
  /** The ids the current filters and search select: the same set both views show. */
  readonly matches: { cities: string[]; initiatives: string[] }
  /** The name tags drawn in 3D: pavilion id, the name written and its language. */
  readonly labels: FrameStats['labels']
  /** The exhibits on stands in the open pavilion in 3D: the page of them shown, in order. */
  readonly exhibits: string[]
  /** How many pavilions the 3D view draws as matching (all of them when nothing narrows). */
  readonly highlighted: number
  /**
   * What is being loaded or is about to be drawn, empty at rest: `catalogue`, `part:<name>`,
   * `city:<id>`, `search`, the scene's `labels`, `land`, `posters`, and `frame` (one asked for).
   */
  readonly loading: string[]
  /** The service worker: its status, and whether a new deployment waits for a reload. */
  readonly offline: { worker: WorkerStatus; updateReady: boolean }
  /** The ranked list the search box shows for `query`, best first (loads the search if needed). */
  search: (query: string) => Promise<{ cityId: string; initiativeId?: string }[]>
  /** Pavilions a pointer can reach (not under a panel), nearest to the camera first. */
  pavilionScreenPoints: () => ScreenPoint[]
}

/** Set by end-to-end tests before the app starts (an init script); the app only reads it. */
export interface ExpoTestSettings {
  /** How long one catalogue request may take before it counts as failed, ms (default 15,000). */
  fetchTimeoutMs?: number
}

declare global {
  interface Window {
    __expo?: ExpoTestHooks
    __expoTestSettings?: ExpoTestSettings
  }
}

export function installTestHooks(
  store: ExpoStore,
  stats: FrameStats,
  isReady: () => boolean,
): void {
  const hooks: ExpoTestHooks = {
    get ready() {
      return isReady()
    },
    get view() {
      return selectView(store.getState())
    },
    get language() {
      return store.getState().language
    },
    get route() {
      return formatRoute(store.getState().route, store.getState().language)
    },
    get pavilions() {
      return stats.pavilions
    },
    get selected() {
      const state = store.getState()
      return { city: selectCityId(state) ?? null, initiative: selectInitiativeId(state) ?? null }
    },
    get renderer() {
      return { ...stats.renderer }
    },
    get loading() {
      const state = store.getState()
      const busy = (status: string) => status === 'wanted' || status === 'loading'
      return [
        ...(state.catalogueStatus === 'loading' ? ['catalogue'] : []),
        ...Object.entries(state.parts)
          .filter(([, status]) => busy(status))
          .map(([name]) => `part:${name}`),
        ...[...state.cities]
          .filter(([, entry]) => entry.status === 'loading')
          .map(([id]) => `city:${id}`),
        ...(busy(state.searchStatus) ? ['search'] : []),
        ...stats.pending.keys(),
        ...(stats.scheduled() ? ['frame'] : []),
      ]
    },
    get offline() {
      const { worker, applyUpdate } = store.getState()
      return { worker, updateReady: applyUpdate !== null }
    },
    get frames() {
      return stats.frames
    },
    get firstFrameAt() {
      return stats.firstFrameAt
    },
    get frameTimes() {
      return [...stats.frameTimes]
    },
    get camera() {
      const { position, target } = stats.pose
      return { position: [...position] as typeof position, target: [...target] as typeof target }
    },
    get matches() {
      const { cities, initiatives } = selectSelection(store.getState())
      return { cities: [...cities], initiatives: [...initiatives] }
    },
    get labels() {
      return stats.labels.map((l) => ({ ...l }))
    },
    get exhibits() {
      return [...stats.exhibits]
    },
    get highlighted() {
      return stats.highlighted
    },
    async search(query) {
      const engine = await searchEngine(store)
      const outcome = engine ? engine.search(query) : null
      // The same function, with the same limits, that the box's list comes from.
      return (outcome?.results ?? []).map(({ cityId, initiativeId }) =>
        initiativeId ? { cityId, initiativeId } : { cityId },
      )
    },
    pavilionScreenPoints() {
      return (stats.screenPoints?.() ?? [])
        .filter((p) => document.elementFromPoint(p.x, p.y)?.tagName === 'CANVAS')
        .sort((a, b) => a.depth - b.depth)
    },
  }
  Object.defineProperty(window, '__expo', { value: Object.freeze(hooks), configurable: true })
}

/** The loaded search engine: asks the app to load it and waits (null if it cannot load). */
function searchEngine(store: ExpoStore): Promise<SearchEngine | null> {
  return new Promise((resolve) => {
    let unsubscribe = () => {}
    const check = () => {
      const { searchEngine: engine, searchStatus } = store.getState()
      if (!engine && searchStatus !== 'failed') return false
      unsubscribe()
      resolve(engine)
      return true
    }
    if (check()) return
    unsubscribe = store.subscribe(() => void check())
    if (store.getState().searchStatus === 'idle') store.getState().setSearch('wanted')
  })
}

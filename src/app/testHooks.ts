/**
 * `window.__expo` (SPEC §9): a read-only window on the app for end-to-end tests and the
 * benchmark. Nothing in the app reads it.
 */
import { formatRoute } from '../routing/route'
import type { FrameStats, ScreenPoint } from '../state/frameStats'
import { selectCityId, selectInitiativeId, selectView } from '../state/selectors'
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
  /** Pavilions a pointer can reach (not under a panel), nearest to the camera first. */
  pavilionScreenPoints: () => ScreenPoint[]
}

declare global {
  interface Window {
    __expo?: ExpoTestHooks
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
      return formatRoute(store.getState().route)
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
    pavilionScreenPoints() {
      return (stats.screenPoints?.() ?? [])
        .filter((p) => document.elementFromPoint(p.x, p.y)?.tagName === 'CANVAS')
        .sort((a, b) => a.depth - b.depth)
    },
  }
  Object.defineProperty(window, '__expo', { value: Object.freeze(hooks), configurable: true })
}

import type { StateCreator } from 'zustand'
import type { ExpoState } from './store'

/**
 * The service worker as the page sees it: `none` (no worker: dev server, an embed, a browser
 * without them, or a build with `EXPO_OFFLINE=off`), `registering`, `ready` (in control, and
 * what the page loaded before is cached) or `failed`.
 */
export type WorkerStatus = 'none' | 'registering' | 'ready' | 'failed'

export interface OfflineSlice {
  worker: WorkerStatus
  setWorker: (worker: WorkerStatus) => void
  /**
   * A new deployment is installed and waiting: calling this hands the page to it and reloads.
   * Null while there is none.
   */
  applyUpdate: (() => void) | null
  setApplyUpdate: (apply: (() => void) | null) => void
}

export const createOfflineSlice: StateCreator<ExpoState, [], [], OfflineSlice> = (set) => ({
  worker: 'none',
  setWorker: (worker) => set({ worker }),
  applyUpdate: null,
  setApplyUpdate: (applyUpdate) => set({ applyUpdate }),
})

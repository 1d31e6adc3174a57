import type { StateCreator } from 'zustand'
import type { ExpoState } from './store'

/** What the visitor is doing that the address does not need to carry. */
export interface VisitSlice {
  /** Pavilion with keyboard focus on the ground (3D), or null. */
  focusedCityId: string | null
  /** Walking at eye level instead of orbiting. */
  walking: boolean
  /** The side panel (bottom sheet on phones) beside the 3D view is open. */
  panelOpen: boolean
  /** A tour in the address is paused (the visitor is looking around). */
  tourPaused: boolean
  /** Narration is spoken with the browser's speech synthesis. */
  speech: boolean
  /**
   * The visitor has clicked or focused the view: only then do drag, wheel and pinch move the
   * camera (an embed never captures its partner page's scroll before).
   */
  interactive: boolean
  setInteractive: (interactive: boolean) => void
  /** The browser took the 3D view's WebGL context away (it may give it back). */
  contextLost: boolean
  setContextLost: (lost: boolean) => void
  /** The page of stands last shown inside a pavilion (state/stands.ts). */
  stands: { cityId: string; page: number } | null
  setStands: (cityId: string, page: number) => void
  /** Bumped to fly back to the pose of the current address (e.g. resuming a tour). */
  recall: number
  recallPose: () => void
  setFocusedCity: (id: string | null) => void
  setWalking: (walking: boolean) => void
  setPanelOpen: (open: boolean) => void
  setTourPaused: (paused: boolean) => void
  setSpeech: (speech: boolean) => void
}

export const createVisitSlice: StateCreator<ExpoState, [], [], VisitSlice> = (set) => ({
  focusedCityId: null,
  walking: false,
  panelOpen: true,
  tourPaused: false,
  speech: false,
  recall: 0,
  stands: null,
  setStands: (cityId, page) =>
    set((state) =>
      state.stands?.cityId === cityId && state.stands.page === page
        ? state
        : { stands: { cityId, page } },
    ),
  interactive: true,
  setInteractive: (interactive) => set({ interactive }),
  contextLost: false,
  setContextLost: (contextLost) => set({ contextLost }),
  recallPose: () => set((state) => ({ recall: state.recall + 1 })),
  setFocusedCity: (focusedCityId) => set({ focusedCityId }),
  setWalking: (walking) => set({ walking }),
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  setTourPaused: (tourPaused) => set({ tourPaused }),
  setSpeech: (speech) => set({ speech }),
})

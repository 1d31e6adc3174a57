import type { StateCreator } from 'zustand'
import type { UiLanguage } from '../catalogue/vocabulary'
import type { ExpoState } from './store'

export interface PreferencesSlice {
  /** The interface language in effect (address first, then saved, browser, English). */
  language: UiLanguage
  /** What this device draws well when the address does not say: decided once at start. */
  autoView: '2d' | '3d'
  /** Whether WebGL exists at all (view=3d is honoured only then). */
  webgl: boolean
  reducedMotion: boolean
  /** Shown inside a partner's page (embed.html), with full or minimal controls. */
  embedded: null | { controls: 'full' | 'minimal' }
  setLanguage: (language: UiLanguage) => void
  setCapabilities: (capabilities: {
    autoView: '2d' | '3d'
    webgl: boolean
    reducedMotion: boolean
  }) => void
}

export const createPreferencesSlice: StateCreator<ExpoState, [], [], PreferencesSlice> = (set) => ({
  language: 'en',
  autoView: '2d',
  webgl: false,
  reducedMotion: false,
  embedded: null,
  setLanguage: (language) => set({ language }),
  setCapabilities: (capabilities) => set(capabilities),
})

/**
 * React DOM and the app's views, in a chunk of their own (app/start loads it beside the
 * catalogue): the prerendered page is hydrated in place, any other page rendered.
 */
import { startTransition, StrictMode, useEffect, type ReactNode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import type { i18n as I18n } from 'i18next'
import type { FrameStats } from '../state/frameStats'
import type { ExpoStore } from '../state/store'
import { App } from './App'

/** Runs `then` once the tree below it is on the page (after hydration, or the first render). */
function Mounted({ then, children }: { then: () => void; children: ReactNode }) {
  useEffect(then, [then])
  return children
}

export interface MountInput {
  root: HTMLElement
  /** The root holds the prerendered page of this address and language, rendered from this state. */
  hydrate: boolean
  store: ExpoStore
  i18n: I18n
  stats: FrameStats
}

export function mount({ root, hydrate, store, i18n, stats }: MountInput, mounted: () => void) {
  const app = (
    <StrictMode>
      <Mounted then={mounted}>
        <App store={store} i18n={i18n} stats={stats} />
      </Mounted>
    </StrictMode>
  )
  // A transition: React renders (or hydrates) the page in slices of a few milliseconds, yielding
  // to the browser between them, so taking over the prerendered page is no long task on a phone.
  startTransition(() => {
    if (hydrate)
      hydrateRoot(root, app, {
        // The page differed from what the app renders (it should not: a test compares them), so
        // React rendered it afresh; the visitor sees the same page, a little later.
        onRecoverableError: (error) => {
          document.body.dataset.expoStart = 'replaced'
          console.warn('creative-cities-expo: the prerendered page was rendered afresh', error)
        },
      })
    else createRoot(root).render(app)
  })
}

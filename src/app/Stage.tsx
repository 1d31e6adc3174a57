/**
 * The 3D ground, loaded lazily only when the 3D view is on: the 2D view never waits for it.
 * Progress in two steps: the 3D code (a lazily loaded chunk), then the scene's first frame.
 * A failure (the chunk missing or broken, WebGL refused) stays here: a message with "Try again"
 * and "Show as pages", and the pages keep working. A chunk that a new deployment removed
 * reloads the page once, so the visitor gets the new version.
 */
import { lazy, Suspense, useContext, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FrameStatsContext } from '../state/FrameStatsContext'
import { selectView } from '../state/selectors'
import { useExpo } from '../state/useExpo'
import { Boundary } from '../ui/Boundary'
import { LoadingBar } from '../ui/LoadingBar'
import { PartFailed } from '../ui/PartFailed'

const RELOADED = 'creative-cities-expo:reloaded-for'
const loadCanvas = () => lazy(() => import('../scene/ExpoCanvas'))

/** A lazy chunk that no longer exists on the server: the page is older than the deployment. */
function staleChunk(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
    error.message,
  )
}

function reloadOnce(error: Error) {
  // Offline, a reload would swap the working pages for the browser's own error page.
  if (!staleChunk(error) || !navigator.onLine) return
  try {
    if (sessionStorage.getItem(RELOADED) === location.pathname) return
    sessionStorage.setItem(RELOADED, location.pathname)
  } catch {
    return
  }
  location.reload()
}

export function Stage() {
  const { t } = useTranslation()
  const view = useExpo(selectView)
  const stats = useContext(FrameStatsContext)
  const [drawn, setDrawn] = useState(false)
  // A new attempt makes a new lazy component: React keeps a failed import otherwise.
  const [attempt, setAttempt] = useState(0)
  const [ExpoCanvas, setExpoCanvas] = useState(loadCanvas)
  useEffect(() => {
    if (view !== '3d' || drawn) return
    const timer = window.setInterval(() => {
      if (stats.frames > 0) setDrawn(true)
    }, 100)
    return () => window.clearInterval(timer)
  }, [view, drawn, stats])
  if (view !== '3d') return null
  return (
    <Boundary
      key={attempt}
      onError={reloadOnce}
      fallback={(error, retry) => (
        <PartFailed
          message={t('scene.failed')}
          retry={() => {
            // The browser keeps a module that failed to load as failed for this page: a missing
            // chunk is tried again by loading the page again (the address keeps the place).
            if (staleChunk(error)) return location.reload()
            setExpoCanvas(loadCanvas)
            setAttempt((n) => n + 1)
            retry()
          }}
        />
      )}
    >
      {/* Two real steps: the 3D code arriving, then the ground's first frame. */}
      <Suspense fallback={<LoadingBar value={0.1} />}>
        <ExpoCanvas />
        {drawn ? null : <LoadingBar value={0.7} />}
      </Suspense>
    </Boundary>
  )
}

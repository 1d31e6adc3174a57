/**
 * The 3D ground, loaded lazily only when the 3D view is on: the 2D view never waits for it.
 * Progress in two steps: the 3D code (a lazily loaded chunk), then the scene's first frame.
 */
import { lazy, Suspense, useContext, useEffect, useState } from 'react'
import { FrameStatsContext } from '../state/FrameStatsContext'
import { selectView } from '../state/selectors'
import { useExpo } from '../state/useExpo'
import { LoadingBar } from '../ui/LoadingBar'

const ExpoCanvas = lazy(() => import('../scene/ExpoCanvas'))

export function Stage() {
  const view = useExpo(selectView)
  const stats = useContext(FrameStatsContext)
  const [drawn, setDrawn] = useState(false)
  useEffect(() => {
    if (view !== '3d' || drawn) return
    const timer = window.setInterval(() => {
      if (stats.frames > 0) setDrawn(true)
    }, 100)
    return () => window.clearInterval(timer)
  }, [view, drawn, stats])
  if (view !== '3d') return null
  return (
    <>
      {/* Two real steps: the 3D code arriving, then the ground's first frame. */}
      <Suspense fallback={<LoadingBar value={0.1} />}>
        <ExpoCanvas />
        {drawn ? null : <LoadingBar value={0.7} />}
      </Suspense>
    </>
  )
}

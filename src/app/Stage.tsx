/** The 3D ground, loaded lazily only when the 3D view is on: the 2D view never waits for it. */
import { lazy, Suspense } from 'react'
import { selectView } from '../state/selectors'
import { useExpo } from '../state/useExpo'

const ExpoCanvas = lazy(() => import('../scene/ExpoCanvas'))

export function Stage() {
  const view = useExpo(selectView)
  if (view !== '3d') return null
  return (
    <Suspense fallback={null}>
      <ExpoCanvas />
    </Suspense>
  )
}

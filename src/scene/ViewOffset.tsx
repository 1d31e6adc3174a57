import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import type { PerspectiveCamera } from 'three'
import { useExpo } from '../state/useExpo'
import { panelWidth } from './visibleArea'

/**
 * Keeps what the camera looks at in the middle of the visible part of the canvas: when the side
 * panel covers the inline-end side, the projection is shifted by half its width (mirrored in RTL);
 * on phones, by a quarter of the height for the bottom sheet.
 */

export function ViewOffset() {
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const size = useThree((s) => s.size)
  const invalidate = useThree((s) => s.invalidate)
  const open = useExpo((s) => s.panelOpen)
  const rtl = useExpo((s) => s.language === 'ar')
  useEffect(() => {
    const { width, height } = size
    if (open && width > 720) {
      const shift = (panelWidth(width) / 2) * (rtl ? -1 : 1)
      camera.setViewOffset(width, height, shift, 0, width, height)
    } else if (open) {
      // Phones: the bottom sheet covers about half the height; look into the upper half.
      camera.setViewOffset(width, height, 0, height * 0.25, width, height)
    } else camera.clearViewOffset()
    camera.updateProjectionMatrix()
    invalidate()
  }, [camera, size, open, rtl, invalidate])
  return null
}

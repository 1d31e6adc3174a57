import { useContext } from 'react'
import { useFrame } from '@react-three/fiber'
import { Vector3 } from 'three'
import { LiveInputContext } from '../state/FrameStatsContext'

const direction = new Vector3()

/** Publishes where the camera is (for the minimap) on frames where it moved. */
export function LiveCamera() {
  const live = useContext(LiveInputContext)
  useFrame(({ camera }) => {
    const { x, z } = camera.position
    camera.getWorldDirection(direction)
    const heading = Math.atan2(direction.x, -direction.z)
    const c = live.camera
    if (
      Math.abs(c.x - x) < 0.01 &&
      Math.abs(c.z - z) < 0.01 &&
      Math.abs(c.heading - heading) < 0.001
    )
      return
    c.x = x
    c.z = z
    c.heading = heading
    for (const listener of live.listeners) listener()
  })
  return null
}

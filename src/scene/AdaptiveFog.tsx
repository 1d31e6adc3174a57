import { useFrame } from '@react-three/fiber'
import type { Fog } from 'three'
import type { OrbitLike } from './controlsType'
import { cullRadius, updateCull, type Cull } from './culling'

export interface AdaptiveFogProps {
  cull: Cull
}

/**
 * Before each frame: fog that ends where drawing ends (near the ground when close, far when
 * overlooking it), and the cull moved to match. Runs first (priority −1).
 */
export function AdaptiveFog({ cull }: AdaptiveFogProps) {
  useFrame(({ camera, controls, scene }) => {
    const target = (controls as unknown as OrbitLike | null)?.target
    if (!target) return
    const radius = cullRadius(camera.position.distanceTo(target))
    updateCull(cull, target.x, target.z, radius, camera.position)
    const fog = scene.fog as Fog | null
    if (fog) {
      fog.far = cull.radius + camera.position.distanceTo(target)
      fog.near = fog.far * 0.45
    }
  }, -1)
  return null
}

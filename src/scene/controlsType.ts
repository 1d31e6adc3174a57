import type { Vector3 } from 'three'

/** What the scene uses of the orbit controls (drei's, made default). */
export interface OrbitLike {
  target: Vector3
  enabled: boolean
  update: () => void
  addEventListener: (type: 'start' | 'change' | 'end', listener: () => void) => void
  removeEventListener: (type: 'start' | 'change' | 'end', listener: () => void) => void
}

/**
 * Distance culling for the instanced pavilions and markers: only what stands within `radius` of
 * the point the camera looks at is written into the instance buffers, so triangles follow the
 * view, not the catalogue, while draw calls stay the same. Fog ends at that radius, so nothing
 * is seen to pop in or out.
 */
export interface Cull {
  x: number
  z: number
  /** m; Infinity until the first frame. */
  radius: number
  /** Bumped on every change, so instance writers know to rewrite. */
  version: number
}

export function createCull(): Cull {
  return { x: 0, z: 0, radius: Infinity, version: 0 }
}

/** How far to draw for a camera `distance` m from what it looks at (m). */
export function cullRadius(distance: number): number {
  return Math.max(240, distance * 6)
}

/** Moves the cull to a new centre and radius if it changed enough to matter; true if it did. */
export function updateCull(cull: Cull, x: number, z: number, radius: number): boolean {
  const moved = Math.hypot(x - cull.x, z - cull.z) > cull.radius * 0.08
  const resized = Math.abs(radius - cull.radius) > cull.radius * 0.08
  if (!moved && !resized && Number.isFinite(cull.radius)) return false
  cull.x = x
  cull.z = z
  cull.radius = radius
  cull.version++
  return true
}

export function within(cull: Cull, x: number, z: number, margin = 0): boolean {
  return Math.hypot(x - cull.x, z - cull.z) <= cull.radius + margin
}

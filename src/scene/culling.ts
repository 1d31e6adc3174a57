/**
 * Distance culling for the instanced pavilions and markers: only what stands within `radius` of
 * the point the camera looks at is written into the instance buffers, so triangles follow the
 * view, not the catalogue, while draw calls stay the same. Fog ends at that radius, so nothing
 * is seen to pop in or out. The camera's position rides along, for the levels of detail
 * (scene/lod.ts): what is near it gets the full form.
 */
export interface Cull {
  x: number
  z: number
  /** m; Infinity until the first frame. */
  radius: number
  /** The camera's position when the cull last moved, m. */
  camera: { x: number; y: number; z: number }
  /** Bumped on every change, so instance writers know to rewrite. */
  version: number
}

export function createCull(): Cull {
  return { x: 0, z: 0, radius: Infinity, camera: { x: 0, y: Infinity, z: 0 }, version: 0 }
}

/** How far to draw for a camera `distance` m from what it looks at (m). */
export function cullRadius(distance: number): number {
  return Math.max(240, distance * 6)
}

/**
 * Camera travel that makes the levels of detail be chosen again, m: a tenth of the nearest
 * switch (scene/lod.ts) when close, more from high above, where everything is far anyway; a
 * flight then rewrites the instances every few frames, not on each one.
 */
export function cameraStep(radius: number): number {
  return Math.max(8, radius * 0.04)
}

/**
 * Moves the cull to a new centre and radius, or a new camera position, if it changed enough to
 * matter; true if it did.
 */
export function updateCull(
  cull: Cull,
  x: number,
  z: number,
  radius: number,
  camera: { x: number; y: number; z: number } = cull.camera,
): boolean {
  const moved = Math.hypot(x - cull.x, z - cull.z) > cull.radius * 0.08
  const resized = Math.abs(radius - cull.radius) > cull.radius * 0.08
  const c = cull.camera
  const travelled = !(
    Math.hypot(camera.x - c.x, camera.y - c.y, camera.z - c.z) <= cameraStep(cull.radius)
  )
  if (!moved && !resized && !travelled && Number.isFinite(cull.radius)) return false
  cull.x = x
  cull.z = z
  cull.radius = radius
  c.x = camera.x
  c.y = camera.y
  c.z = camera.z
  cull.version++
  return true
}

export function within(cull: Cull, x: number, z: number, margin = 0): boolean {
  return Math.hypot(x - cull.x, z - cull.z) <= cull.radius + margin
}

/**
 * Levels of detail for the instanced pavilions and markers: near the camera the full form, farther
 * away its block (scene/forms.ts), chosen by distance to the camera in units of the object's size,
 * so a big pavilion keeps its detail longer. Hysteresis: a pavilion turns into its block only
 * once it is a fifth farther away than where it turned into its full form, so one hovering at the
 * limit does not switch back and forth as the camera drifts.
 */

/** Full form within this many sizes of the camera: a 6 m pavilion up to 144 m, about 90 px wide. */
export const NEAR_SIZES = 24
/** How much farther an object must be to go back to its block, as a factor. */
export const HYSTERESIS = 1.2

/** Whether an object `size` m across at `distance` m from the camera is drawn in full. */
export function isNear(distance: number, size: number, wasNear: boolean): boolean {
  return distance < size * NEAR_SIZES * (wasNear ? HYSTERESIS : 1)
}

/** Distance from the camera `(cx, cy, cz)` to a point on the ground `(x, z)`, m. */
export function cameraDistance(
  camera: { x: number; y: number; z: number },
  x: number,
  z: number,
): number {
  return Math.hypot(x - camera.x, camera.y, z - camera.z)
}

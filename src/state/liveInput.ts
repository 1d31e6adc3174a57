/**
 * Values that change every frame or every pointer move, shared between the DOM overlay and the
 * scene without going through React: the walk joystick and where the camera is (for the minimap).
 */
export interface LiveInput {
  /** Joystick deflection, −1..1 (x: strafe right, y: forward). */
  joystick: { x: number; y: number }
  /** Camera on the ground plane, m, and heading, radians (0 = looking north, −z). */
  camera: { x: number; z: number; heading: number }
  /** Called by the overlay when input starts, so an on-demand scene draws a frame. */
  wake: () => void
  /** Minimap and other listeners of camera moves (called at most once per frame drawn). */
  listeners: Set<() => void>
}

export function createLiveInput(): LiveInput {
  return {
    joystick: { x: 0, y: 0 },
    camera: { x: 0, z: 0, heading: 0 },
    wake: () => {},
    listeners: new Set(),
  }
}

/**
 * Inside a pavilion: exhibits on stands along an arc facing the entrance, with room to walk.
 * Pure; metres in the pavilion's own frame (origin at its centre, entrance towards +z).
 */

export interface ExhibitPlacement {
  /** Position of the poster's centre, pavilion frame. */
  x: number
  y: number
  z: number
  /** Rotation about y so the poster faces the room's centre, radians. */
  rotation: number
}

/** Poster centre height: eye height for an adult, m. */
export const POSTER_HEIGHT = 1.6

/** Radius of the room for `count` exhibits, m: at least 5, about 2.4 m of arc per exhibit. */
export function roomRadius(count: number): number {
  return Math.max(5, Math.min(8, 1.6 + count * 0.9))
}

/** Exhibits spread over the back 220° of the room, first on the visitor's left. */
export function placeExhibits(count: number): ExhibitPlacement[] {
  const radius = roomRadius(count) - 1
  const span = Math.min((220 * Math.PI) / 180, count * 0.75)
  return Array.from({ length: count }, (_, i) => {
    const t = count === 1 ? 0.5 : i / (count - 1)
    // Angle measured from −z (the back wall), growing clockwise seen from above.
    const angle = Math.PI + (t - 0.5) * span * -1
    const x = Math.sin(angle) * radius
    const z = Math.cos(angle) * radius
    return { x, y: POSTER_HEIGHT, z, rotation: Math.atan2(-x, -z) }
  })
}

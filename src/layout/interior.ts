/**
 * Inside a pavilion: exhibits on stands along an arc facing the entrance, with room to walk.
 * The arc holds STANDS_PER_PAGE stands; a city with more exhibits shows them a page at a time,
 * each page laid out like a room of its own (so draw calls inside stay bounded, whatever the
 * catalogue says). Pure; metres in the pavilion's own frame (origin at its centre, entrance
 * towards +z).
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

/**
 * Stands one room shows at once: at the largest radius, 220° of arc leave 3.4 m per poster
 * (1.3 m wide), room to step between them. Three stands per page cost three draw calls.
 */
export const STANDS_PER_PAGE = 8

/** Pages of stands for `count` exhibits (at least one). */
export function standPages(count: number): number {
  return Math.max(1, Math.ceil(count / STANDS_PER_PAGE))
}

/** The page on which exhibit `index` stands. */
export function pageOf(index: number): number {
  return Math.max(0, Math.floor(index / STANDS_PER_PAGE))
}

/** The exhibits on `page` (clamped to the pages there are): first index and how many. */
export function pageRange(
  count: number,
  page: number,
): { page: number; start: number; size: number } {
  const clamped = Math.min(Math.max(0, Math.floor(page)), standPages(count) - 1)
  const start = clamped * STANDS_PER_PAGE
  return { page: clamped, start, size: Math.max(0, Math.min(STANDS_PER_PAGE, count - start)) }
}

/** Where exhibit `index` of `count` stands: its place on its own page. */
export function placeStand(count: number, index: number): ExhibitPlacement | undefined {
  if (index < 0 || index >= count) return undefined
  const { start, size } = pageRange(count, pageOf(index))
  return placeExhibits(size)[index - start]
}

/**
 * Radius of the room for `count` exhibits, m: at least 5, about 2.4 m of arc per exhibit, and
 * the same for every page (it reaches its largest, 8 m, at a page's STANDS_PER_PAGE).
 */
export function roomRadius(count: number): number {
  return Math.max(5, Math.min(8, 1.6 + Math.min(count, STANDS_PER_PAGE) * 0.9))
}

/** `count` exhibits (one page) spread over the back 220° of the room, first on the visitor's left. */
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

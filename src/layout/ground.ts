/**
 * The ground plan: seven districts around a central plaza, one per creative field, like petals.
 * Within a district, pavilions take fixed slots on arcs from the plaza outwards, in order of
 * designation year then id. Pure: units are metres on the ground plane (x east, z south).
 *
 * Stability: a slot's position depends only on its district and index, never on how many cities
 * there are, so adding a city to another district moves nothing, and adding a newly designated
 * city (the usual case) moves nothing; an older one shifts the later ones by one slot each.
 */
import { FIELDS, type FieldId } from '../catalogue/vocabulary'

/** Radius of the central plaza, m. */
export const PLAZA_RADIUS = 44
/** Distance between neighbouring pavilion centres, m. */
export const SPACING = 18
/** Largest pavilion footprint radius, m (SPACING leaves a walkway between two of them). */
export const PAVILION_RADIUS = 6

export interface PlannedCity {
  id: string
  field: FieldId
  designated: number
}

export interface Placement {
  x: number
  z: number
  /** Rotation about the vertical axis, radians, so the front faces the plaza. */
  rotation: number
  district: number
  slot: number
}

export interface GroundPlan {
  placements: Map<string, Placement>
  /** Radius that holds every pavilion, m. */
  radius: number
}

const SECTOR = (2 * Math.PI) / FIELDS.length

/** Centre angle of a district, radians; district 0 points north (−z). */
export function districtAngle(district: number): number {
  return -Math.PI / 2 + district * SECTOR
}

interface Arc {
  radius: number
  /** Angular offsets from the district's axis, centre first, then alternating outwards. */
  offsets: number[]
}

const arcs: Arc[] = []

function arc(k: number): Arc {
  for (let i = arcs.length; i <= k; i++) {
    const radius = PLAZA_RADIUS + SPACING * (i + 1)
    // Keep half a spacing (the path between districts) clear on each side of the wedge.
    const usable = Math.max(0, SECTOR * radius - SPACING)
    const count = Math.floor(usable / SPACING) + 1
    const step = SPACING / radius
    const offsets = Array.from({ length: count }, (_, j) => (j - (count - 1) / 2) * step)
    offsets.sort((a, b) => Math.abs(a) - Math.abs(b) || a - b)
    arcs.push({ radius, offsets })
  }
  return arcs[k] as Arc
}

/** Position of slot `slot` of district `district`. */
export function slotPosition(district: number, slot: number): Placement {
  let k = 0
  let rest = slot
  while (rest >= arc(k).offsets.length) rest -= arc(k++).offsets.length
  const { radius, offsets } = arc(k)
  const angle = districtAngle(district) + (offsets[rest] ?? 0)
  const x = Math.cos(angle) * radius
  const z = Math.sin(angle) * radius
  return { x, z, rotation: Math.atan2(x, z) + Math.PI, district, slot }
}

export function byDesignation(a: PlannedCity, b: PlannedCity): number {
  return a.designated - b.designated || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

export function planGround(cities: readonly PlannedCity[]): GroundPlan {
  const placements = new Map<string, Placement>()
  let radius = PLAZA_RADIUS
  FIELDS.forEach((field, district) => {
    cities
      .filter((c) => c.field === field)
      .sort(byDesignation)
      .forEach((city, slot) => {
        const placement = slotPosition(district, slot)
        placements.set(city.id, placement)
        radius = Math.max(radius, Math.hypot(placement.x, placement.z) + PAVILION_RADIUS)
      })
  })
  return { placements, radius }
}

/**
 * Where the network's other member cities stand as small markers: between the pavilion arcs
 * (half a spacing further out, half a step turned), so they never touch a pavilion.
 */
export function markerPosition(district: number, index: number): { x: number; z: number } {
  let k = 0
  let rest = index
  // Marker lanes hold one fewer marker than the arc inside them.
  const lane = (i: number) => Math.max(1, arc(i).offsets.length - 1)
  while (rest >= lane(k)) rest -= lane(k++)
  const { radius, offsets } = arc(k)
  const step = SPACING / radius
  const sorted = [...offsets].sort((a, b) => a - b)
  const between = sorted.slice(0, -1).map((o) => o + step / 2)
  between.sort((a, b) => Math.abs(a) - Math.abs(b) || a - b)
  const angle = districtAngle(district) + (between[rest] ?? 0)
  const r = radius + SPACING / 2
  return { x: Math.cos(angle) * r, z: Math.sin(angle) * r }
}

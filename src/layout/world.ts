/**
 * The world layout: pavilions placed by their city's coordinates on a stylised world ground
 * (equirectangular, north up), nudged apart so none overlap. Pure; metres.
 * Placement is greedy in designation order, so a newly designated city never moves the others.
 */
import { byDesignation, type GroundPlan, type PlannedCity } from './ground'

/** Metres per degree of longitude/latitude. */
export const WORLD_SCALE = 7
/** Minimum distance between pavilion centres in the world layout, m (pavilions drawn at 0.8×). */
export const WORLD_SPACING = 12

export interface LocatedCity extends PlannedCity {
  lat: number
  lon: number
}

export function project(lat: number, lon: number): { x: number; z: number } {
  return { x: lon * WORLD_SCALE, z: -lat * WORLD_SCALE }
}

/** Candidate offsets around a point, nearest first, on a hexagonal lattice. */
const RINGS: { x: number; z: number }[] = (() => {
  const offsets: { x: number; z: number }[] = [{ x: 0, z: 0 }]
  for (let ring = 1; ring <= 40; ring++)
    for (let k = 0; k < 6 * ring; k++) {
      const angle = (k / (6 * ring)) * 2 * Math.PI
      offsets.push({
        x: Math.cos(angle) * ring * WORLD_SPACING,
        z: Math.sin(angle) * ring * WORLD_SPACING,
      })
    }
  return offsets
})()

export function planWorld(cities: readonly LocatedCity[]): GroundPlan {
  const placements: GroundPlan['placements'] = new Map()
  const cell = WORLD_SPACING
  const grid = new Map<string, { x: number; z: number }[]>()
  const key = (x: number, z: number) => `${Math.floor(x / cell)},${Math.floor(z / cell)}`
  const free = (x: number, z: number) => {
    const cx = Math.floor(x / cell)
    const cz = Math.floor(z / cell)
    for (let dx = -1; dx <= 1; dx++)
      for (let dz = -1; dz <= 1; dz++)
        for (const p of grid.get(`${cx + dx},${cz + dz}`) ?? [])
          if (Math.hypot(p.x - x, p.z - z) < WORLD_SPACING - 1e-6) return false
    return true
  }
  let radius = 0
  ;[...cities].sort(byDesignation).forEach((city, slot) => {
    const home = project(city.lat, city.lon)
    const spot =
      RINGS.map((o) => ({ x: home.x + o.x, z: home.z + o.z })).find((p) => free(p.x, p.z)) ?? home
    const k = key(spot.x, spot.z)
    grid.set(k, [...(grid.get(k) ?? []), spot])
    // Face south (towards the viewer of a north-up map).
    placements.set(city.id, { x: spot.x, z: spot.z, rotation: 0, district: -1, slot })
    radius = Math.max(radius, Math.hypot(spot.x, spot.z) + WORLD_SPACING / 2)
  })
  return { placements, radius }
}

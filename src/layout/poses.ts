/**
 * Camera poses as pure functions of the route and the plan: a deep link and any navigation reach
 * the same pose by construction. Metres, world frame (y up).
 */
import type { GroundPlan, Placement } from './ground'
import { placeStand, roomRadius, type ExhibitPlacement } from './interior'

export interface Vec3 {
  x: number
  y: number
  z: number
}

export interface Pose {
  position: Vec3
  target: Vec3
}

export type PoseRequest =
  | { name: 'ground' }
  | { name: 'focus'; cityId: string }
  | { name: 'matches'; cityIds: readonly string[] }
  | { name: 'city'; cityId: string; exhibits: number }
  | { name: 'initiative'; cityId: string; exhibits: number; index: number }

/**
 * The whole ground, seen from the south at about 50° elevation, centred on what is placed
 * (the plaza for the districts; the middle of the cities for the world map).
 */
export function groundPose(plan: GroundPlan): Pose {
  let minX = 0
  let maxX = 0
  let minZ = 0
  let maxZ = 0
  for (const p of plan.placements.values()) {
    minX = Math.min(minX, p.x)
    maxX = Math.max(maxX, p.x)
    minZ = Math.min(minZ, p.z)
    maxZ = Math.max(maxZ, p.z)
  }
  const world = [...plan.placements.values()].some((p) => p.district < 0)
  const cx = world ? (minX + maxX) / 2 : 0
  const cz = world ? (minZ + maxZ) / 2 : 0
  const extent = world ? Math.max(maxX - minX, (maxZ - minZ) * 1.6) * 0.62 : plan.radius * 1.25
  const distance = Math.min(2600, Math.max(160, extent))
  const elevation = ((world ? 62 : 50) * Math.PI) / 180
  return {
    position: { x: cx, y: Math.sin(elevation) * distance, z: cz + Math.cos(elevation) * distance },
    target: { x: cx, y: 0, z: cz },
  }
}

/**
 * Every pavilion in `ids` in view, from the south like the ground view, as close as they allow
 * (one pavilion: about its focus distance; the whole ground: about the ground's own view).
 */
export function matchesPose(plan: GroundPlan, ids: readonly string[]): Pose {
  let minX = Infinity
  let maxX = -Infinity
  let minZ = Infinity
  let maxZ = -Infinity
  for (const id of ids) {
    const p = plan.placements.get(id)
    if (!p) continue
    minX = Math.min(minX, p.x)
    maxX = Math.max(maxX, p.x)
    minZ = Math.min(minZ, p.z)
    maxZ = Math.max(maxZ, p.z)
  }
  if (!Number.isFinite(minX)) return groundPose(plan)
  const cx = (minX + maxX) / 2
  const cz = (minZ + maxZ) / 2
  // Pavilions are up to 12 m wide: pad so the outer ones are not cut at the frame's edge.
  const extent = (Math.max(maxX - minX, (maxZ - minZ) * 1.4) + 40) * 0.9
  const distance = Math.min(2600, Math.max(70, extent))
  const elevation = (55 * Math.PI) / 180
  return {
    position: { x: cx, y: Math.sin(elevation) * distance, z: cz + Math.cos(elevation) * distance },
    target: { x: cx, y: 0, z: cz },
  }
}

/** A point in a pavilion's frame, turned and moved into the world frame. */
export function toWorld(place: Placement, local: Vec3): Vec3 {
  const cos = Math.cos(place.rotation)
  const sin = Math.sin(place.rotation)
  return {
    x: place.x + local.x * cos + local.z * sin,
    y: local.y,
    z: place.z - local.x * sin + local.z * cos,
  }
}

/** Looking into the open room from above its entrance: every exhibit in view. */
/** `back` ≥ 1 steps further back, for a narrow or partly covered view. */
export function cityPose(place: Placement, exhibits: number, back = 1): Pose {
  const r = roomRadius(exhibits)
  return {
    position: toWorld(place, { x: 0, y: (r * 1.5 + 4) * back, z: (r * 2.1 + 4) * back }),
    target: toWorld(place, { x: 0, y: 0.8, z: -r * 0.25 }),
  }
}

/** In front of one exhibit, at eye height, about 3 m back. */
export function exhibitPose(place: Placement, exhibit: ExhibitPlacement): Pose {
  const back = 3.8
  const local = {
    x: exhibit.x + Math.sin(exhibit.rotation) * back,
    y: exhibit.y + 0.15,
    z: exhibit.z + Math.cos(exhibit.rotation) * back,
  }
  return {
    position: toWorld(place, local),
    target: toWorld(place, { x: exhibit.x, y: exhibit.y, z: exhibit.z }),
  }
}

/** A pavilion seen from outside, from the plaza side, close enough to read it. */
export function focusPose(place: Placement): Pose {
  return {
    position: toWorld(place, { x: 0, y: 22, z: 34 }),
    target: toWorld(place, { x: 0, y: 2, z: 0 }),
  }
}

/** `back`: how much further a room view steps back (see scene/visibleArea.ts). */
export function poseFor(request: PoseRequest, plan: GroundPlan, back = 1): Pose {
  if (request.name === 'ground') return groundPose(plan)
  if (request.name === 'matches') return matchesPose(plan, request.cityIds)
  const place = plan.placements.get(request.cityId)
  if (!place) return groundPose(plan)
  if (request.name === 'focus') return focusPose(place)
  if (request.name === 'city') return cityPose(place, request.exhibits, back)
  const exhibit = placeStand(request.exhibits, request.index)
  return exhibit ? exhibitPose(place, exhibit) : cityPose(place, request.exhibits, back)
}

/** Ease in and out (cubic), t in [0, 1]: flights start and land gently, never bounce. */
export function easeInOut(t: number): number {
  const c = Math.min(1, Math.max(0, t))
  return c < 0.5 ? 4 * c * c * c : 1 - (-2 * c + 2) ** 3 / 2
}

export function lerpPose(from: Pose, to: Pose, t: number): Pose {
  const k = easeInOut(t)
  if (k === 1) return to
  const mix = (a: Vec3, b: Vec3): Vec3 => ({
    x: a.x + (b.x - a.x) * k,
    y: a.y + (b.y - a.y) * k,
    z: a.z + (b.z - a.z) * k,
  })
  return { position: mix(from.position, to.position), target: mix(from.target, to.target) }
}

/** Flight time for a move, s: about a second, a little longer for long flights, capped. */
export function flightSeconds(from: Pose, to: Pose): number {
  const d = Math.hypot(
    to.position.x - from.position.x,
    to.position.y - from.position.y,
    to.position.z - from.position.z,
  )
  return Math.min(1.8, 0.8 + d / 600)
}

/** The plan in effect: the districts, or the world map (route `layout=world`). Pure. */
import type { CitySummary } from '../catalogue/compiled'
import { FIELDS } from '../catalogue/vocabulary'
import { markerPosition, planGround, PLAZA_RADIUS, type GroundPlan } from './ground'
import { planWorld, project } from './world'

export type LayoutMode = 'districts' | 'world'

export function planFor(cities: readonly CitySummary[], mode: LayoutMode): GroundPlan {
  return mode === 'world'
    ? planWorld(cities.map((c) => ({ ...c, lat: c.location.lat, lon: c.location.lon })))
    : planGround(cities)
}

/** Pavilion footprint radius for a number of exhibits, m (3.5 to 6). */
export function pavilionSize(exhibits: number, mode: LayoutMode): number {
  const size = 3.5 + Math.min(exhibits, 5) * 0.5
  return mode === 'world' ? size * 0.8 : size
}

export interface Marker {
  id: string
  field: string
  x: number
  z: number
}

/** The network's member cities that have no pavilion, as markers. */
export function planMarkers(
  network: readonly {
    id: string
    field: string
    designated: number
    location: { lat: number; lon: number }
  }[],
  pavilions: ReadonlySet<string>,
  mode: LayoutMode,
): Marker[] {
  const others = network.filter((c) => !pavilions.has(c.id))
  if (mode === 'world')
    return others.map((c) => ({
      id: c.id,
      field: c.field,
      ...project(c.location.lat, c.location.lon),
    }))
  const markers: Marker[] = []
  const byField = new Map<string, typeof others>()
  for (const c of others) byField.set(c.field, [...(byField.get(c.field) ?? []), c])
  for (const [field, list] of byField) {
    const district = (FIELDS as readonly string[]).indexOf(field)
    const sorted = [...list].sort((a, b) => a.designated - b.designated || (a.id < b.id ? -1 : 1))
    sorted.forEach((c, i) => {
      if (district >= 0) markers.push({ id: c.id, field, ...markerPosition(district, i) })
      else {
        // Fields without a district (added after 2020) ring the plaza.
        const angle = (i / sorted.length) * Math.PI * 2 + 0.2
        markers.push({
          id: c.id,
          field,
          x: Math.cos(angle) * (PLAZA_RADIUS - 4),
          z: Math.sin(angle) * (PLAZA_RADIUS - 4),
        })
      }
    })
  }
  return markers
}

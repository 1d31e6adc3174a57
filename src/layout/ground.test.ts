import { describe, expect, it } from 'vitest'
import { FIELDS } from '../catalogue/vocabulary'
import { PAVILION_RADIUS, PLAZA_RADIUS, planGround, type PlannedCity } from './ground'

/** A deterministic synthetic network: fields and years spread like the real one. */
export function syntheticCities(count: number, seed = 1): PlannedCity[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `city-${seed}-${i}`,
    field: FIELDS[(i * 5 + seed) % FIELDS.length] ?? 'music',
    designated: 2004 + ((i * 7919) % 20),
  }))
}

describe.each([0, 1, 50, 400, 2000])('the ground plan with %i cities', (count) => {
  const cities = syntheticCities(count)
  const plan = planGround(cities)

  it('places every city once', () => {
    expect(plan.placements.size).toBe(count)
  })

  it('keeps pavilions apart (no overlap) and off the plaza', () => {
    const points = [...plan.placements.values()]
    // A grid of cells as large as the minimum distance keeps this check linear.
    const cell = 2 * PAVILION_RADIUS
    const grid = new Map<string, { x: number; z: number }[]>()
    for (const p of points) {
      expect(Math.hypot(p.x, p.z)).toBeGreaterThanOrEqual(PLAZA_RADIUS + PAVILION_RADIUS)
      const cx = Math.floor(p.x / cell)
      const cz = Math.floor(p.z / cell)
      for (let dx = -1; dx <= 1; dx++)
        for (let dz = -1; dz <= 1; dz++)
          for (const q of grid.get(`${cx + dx},${cz + dz}`) ?? [])
            expect(Math.hypot(p.x - q.x, p.z - q.z)).toBeGreaterThanOrEqual(2 * PAVILION_RADIUS)
      const key = `${cx},${cz}`
      grid.set(key, [...(grid.get(key) ?? []), p])
    }
  })

  it('stays inside its bounds', () => {
    for (const p of plan.placements.values())
      expect(Math.hypot(p.x, p.z) + PAVILION_RADIUS).toBeLessThanOrEqual(plan.radius + 1e-9)
  })

  it('is deterministic, whatever the input order', () => {
    const again = planGround([...cities].reverse())
    for (const [id, p] of plan.placements) expect(again.placements.get(id)).toEqual(p)
  })

  it('does not move anyone when an unrelated city is added', () => {
    const other = FIELDS.find((f) => f !== cities[0]?.field) ?? 'design'
    const grown = planGround([...cities, { id: 'newcomer', field: other, designated: 2030 }])
    for (const [id, p] of plan.placements) expect(grown.placements.get(id)).toEqual(p)
  })
})

describe('stability within a district', () => {
  it('moves each later city by at most one slot when an older one joins its district', () => {
    const cities = syntheticCities(400)
    const plan = planGround(cities)
    const grown = planGround([...cities, { id: 'aaa-older', field: 'music', designated: 2004 }])
    for (const [id, p] of plan.placements) {
      const q = grown.placements.get(id)!
      expect(q.district).toBe(p.district)
      expect(q.slot - p.slot).toBeLessThanOrEqual(1)
    }
  })
})

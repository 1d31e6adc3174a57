import { describe, expect, it } from 'vitest'
import { FIELDS } from '../catalogue/vocabulary'
import { PAVILION_RADIUS, PLAZA_RADIUS, planGround } from './ground'
import { syntheticCities } from './synthetic'

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

describe('network markers', () => {
  it('never stand on a pavilion', async () => {
    const { markerPosition, slotPosition } = await import('./ground')
    let nearest = Infinity
    for (let district = 0; district < 7; district++) {
      const slots = Array.from({ length: 320 }, (_, slot) => slotPosition(district, slot))
      for (let i = 0; i < 300; i++) {
        const m = markerPosition(district, i)
        for (const p of slots) nearest = Math.min(nearest, Math.hypot(m.x - p.x, m.z - p.z))
      }
    }
    expect(nearest).toBeGreaterThan(PAVILION_RADIUS + 1)
  })
})

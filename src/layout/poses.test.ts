import { describe, expect, it } from 'vitest'
import { planGround } from './ground'
import { placeExhibits, roomRadius } from './interior'
import { easeInOut, flightSeconds, groundPose, lerpPose, poseFor, toWorld } from './poses'
import { planWorld, WORLD_SPACING } from './world'
import { syntheticCities } from './synthetic'
import { narrationSeconds } from './tour'

const cities = syntheticCities(50)
const plan = planGround(cities)
const first = cities[0]!

describe('camera poses', () => {
  it('sees the whole ground from outside it', () => {
    const pose = groundPose(plan)
    expect(Math.hypot(pose.position.x, pose.position.z)).toBeLessThan(plan.radius * 1.3)
    expect(pose.position.y).toBeGreaterThan(0)
  })

  it('is a pure function of the route: the same request gives the same pose', () => {
    const request = { name: 'initiative', cityId: first.id, exhibits: 5, index: 2 } as const
    expect(poseFor(request, plan)).toEqual(poseFor(request, planGround([...cities].reverse())))
  })

  it('looks at an exhibit from in front of it, at eye height, inside the room', () => {
    const place = plan.placements.get(first.id)!
    const pose = poseFor({ name: 'initiative', cityId: first.id, exhibits: 5, index: 0 }, plan)
    const centre = { x: place.x, z: place.z }
    expect(Math.hypot(pose.position.x - centre.x, pose.position.z - centre.z)).toBeLessThan(
      roomRadius(5),
    )
    expect(pose.position.y).toBeCloseTo(1.75, 1)
    const exhibit = toWorld(place, placeExhibits(5)[0]!)
    expect(pose.target).toEqual(exhibit)
  })

  it('frames the matching pavilions: centred on them, closer for fewer, the ground for none', () => {
    const ids = cities.filter((c) => c.field === first.field).map((c) => c.id)
    const pose = poseFor({ name: 'matches', cityIds: ids }, plan)
    const places = ids.map((id) => plan.placements.get(id)!)
    const mean = (k: 'x' | 'z') =>
      (Math.min(...places.map((p) => p[k])) + Math.max(...places.map((p) => p[k]))) / 2
    expect(pose.target.x).toBeCloseTo(mean('x'))
    expect(pose.target.z).toBeCloseTo(mean('z'))
    const one = poseFor({ name: 'matches', cityIds: [first.id] }, plan)
    const height = (p: typeof pose) => p.position.y
    expect(height(one)).toBeLessThan(height(pose))
    expect(height(pose)).toBeLessThan(height(groundPose(plan)) * 1.2)
    expect(poseFor({ name: 'matches', cityIds: ['nowhere'] }, plan)).toEqual(groundPose(plan))
  })

  it('falls back to the ground for an unknown city', () => {
    expect(poseFor({ name: 'city', cityId: 'nowhere', exhibits: 1 }, plan)).toEqual(
      groundPose(plan),
    )
  })

  it('flies with an ease that starts and lands at rest and never overshoots', () => {
    expect(easeInOut(0)).toBe(0)
    expect(easeInOut(1)).toBe(1)
    for (let t = 0; t <= 1; t += 0.05) {
      expect(easeInOut(t)).toBeGreaterThanOrEqual(0)
      expect(easeInOut(t)).toBeLessThanOrEqual(1)
      expect(easeInOut(t + 0.01)).toBeGreaterThanOrEqual(easeInOut(t))
    }
    const a = groundPose(plan)
    const b = poseFor({ name: 'city', cityId: first.id, exhibits: 3 }, plan)
    expect(lerpPose(a, b, 1)).toEqual(b)
    expect(flightSeconds(a, b)).toBeGreaterThanOrEqual(0.8)
    expect(flightSeconds(a, b)).toBeLessThanOrEqual(1.8)
  })
})

describe('pavilion interiors', () => {
  it.each([1, 2, 5, 12])('keeps %i exhibits apart, inside the room, facing its centre', (count) => {
    const exhibits = placeExhibits(count)
    for (const [i, e] of exhibits.entries()) {
      expect(Math.hypot(e.x, e.z)).toBeLessThan(roomRadius(count))
      expect(e.z).toBeLessThanOrEqual(0.5 * roomRadius(count))
      // The poster's normal (+z turned by rotation) points back to the centre.
      const nx = Math.sin(e.rotation)
      const nz = Math.cos(e.rotation)
      expect(nx * -e.x + nz * -e.z).toBeGreaterThan(0)
      for (const other of exhibits.slice(i + 1))
        expect(Math.hypot(e.x - other.x, e.z - other.z)).toBeGreaterThan(1.3)
    }
  })
})

describe('the world layout', () => {
  const located = (n: number) =>
    syntheticCities(n).map((c, i) => ({
      ...c,
      lat: ((i * 37) % 120) - 50,
      lon: ((i * 71) % 340) - 170,
    }))

  it.each([1, 50, 400, 2000])('places %i cities without overlap, deterministically', (n) => {
    const list = located(n)
    const world = planWorld(list)
    expect(world.placements.size).toBe(n)
    const points = [...world.placements.values()]
    const seen = new Map<string, { x: number; z: number }[]>()
    for (const p of points) {
      const cx = Math.floor(p.x / WORLD_SPACING)
      const cz = Math.floor(p.z / WORLD_SPACING)
      for (let dx = -1; dx <= 1; dx++)
        for (let dz = -1; dz <= 1; dz++)
          for (const q of seen.get(`${cx + dx},${cz + dz}`) ?? [])
            expect(Math.hypot(p.x - q.x, p.z - q.z)).toBeGreaterThanOrEqual(WORLD_SPACING - 1e-6)
      seen.set(`${cx},${cz}`, [...(seen.get(`${cx},${cz}`) ?? []), p])
      expect(Math.hypot(p.x, p.z)).toBeLessThanOrEqual(world.radius)
    }
    const again = planWorld([...list].reverse())
    for (const [id, p] of world.placements) expect(again.placements.get(id)).toEqual(p)
  })

  it('does not move anyone when a newly designated city is added', () => {
    const list = located(400)
    const before = planWorld(list)
    const after = planWorld([
      ...list,
      { id: 'late', field: 'music', designated: 2040, lat: 48, lon: 2 },
    ])
    for (const [id, p] of before.placements) expect(after.placements.get(id)).toEqual(p)
  })
})

describe('tours', () => {
  it('gives longer narrations more time, and at least six seconds', () => {
    expect(narrationSeconds('Hi.')).toBe(6)
    expect(narrationSeconds('word '.repeat(60))).toBeGreaterThan(
      narrationSeconds('word '.repeat(20)),
    )
    expect(narrationSeconds('这是一个很长的中文句子'.repeat(5))).toBeGreaterThan(6)
  })
})

describe('keyboard order', async () => {
  const { pavilionOrder, stepPavilion } = await import('./neighbours')
  const order = pavilionOrder(plan)
  it('visits every pavilion once, district by district', () => {
    expect(new Set(order).size).toBe(cities.length)
    const districts = order.map((id) => plan.placements.get(id)!.district)
    expect(districts).toEqual([...districts].sort((a, b) => a - b))
  })
  it('steps forward and back with wrapping, starting from the first', () => {
    expect(stepPavilion(order, null, 1)).toBe(order[0])
    expect(stepPavilion(order, order[0]!, -1)).toBe(order[order.length - 1])
    expect(stepPavilion(order, order[1]!, 1)).toBe(order[2])
    expect(stepPavilion([], null, 1)).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { LIMITS } from '../catalogue/limits'
import { pageOf, pageRange, placeStand, roomRadius, STANDS_PER_PAGE, standPages } from './interior'

describe('stands, a page at a time', () => {
  it.each([0, 1, 7, 8, 9, 16, 17, LIMITS.initiativesPerCity])(
    'puts each of %i exhibits on exactly one page, in order',
    (count) => {
      const seen: number[] = []
      for (let page = 0; page < standPages(count); page++) {
        const { start, size } = pageRange(count, page)
        expect(size).toBeLessThanOrEqual(STANDS_PER_PAGE)
        for (let i = start; i < start + size; i++) {
          expect(pageOf(i)).toBe(page)
          seen.push(i)
        }
      }
      expect(seen).toEqual(Array.from({ length: count }, (_, i) => i))
    },
  )

  it('clamps pages out of range', () => {
    expect(pageRange(20, 9)).toEqual({ page: 2, start: 16, size: 4 })
    expect(pageRange(20, -3)).toEqual({ page: 0, start: 0, size: 8 })
    expect(pageRange(0, 0)).toEqual({ page: 0, start: 0, size: 0 })
  })

  it('keeps the stands of one page apart and inside a room of one size', () => {
    const count = LIMITS.initiativesPerCity
    for (let page = 0; page < standPages(count); page++) {
      const { start, size } = pageRange(count, page)
      const stands = Array.from({ length: size }, (_, k) => placeStand(count, start + k)!)
      for (const [i, e] of stands.entries()) {
        expect(Math.hypot(e.x, e.z)).toBeLessThan(roomRadius(count))
        for (const other of stands.slice(i + 1))
          expect(Math.hypot(e.x - other.x, e.z - other.z)).toBeGreaterThan(2)
      }
    }
    expect(roomRadius(count)).toBe(roomRadius(STANDS_PER_PAGE))
    expect(placeStand(count, count)).toBeUndefined()
    expect(placeStand(count, -1)).toBeUndefined()
  })

  it('places the first exhibit of every page where the first of a one-page room stands', () => {
    expect(placeStand(24, 8)).toEqual(placeStand(24, 0))
    expect(placeStand(24, 16)).toEqual(placeStand(8, 0))
  })
})

import { describe, expect, it } from 'vitest'
import { FIELDS } from '../catalogue/vocabulary'
import { createCull, updateCull } from './culling'
import { pavilionBlock, pavilionForm } from './forms'
import { cameraDistance, HYSTERESIS, isNear, NEAR_SIZES } from './lod'

const triangles = (g: ReturnType<typeof pavilionForm>) =>
  (g.index?.count ?? g.getAttribute('position').count) / 3

describe('levels of detail', () => {
  it('draws a pavilion in full near the camera and as its block far away', () => {
    expect(isNear(10, 6, false)).toBe(true)
    expect(isNear(6 * NEAR_SIZES + 1, 6, false)).toBe(false)
    // A bigger pavilion keeps its detail farther away.
    expect(isNear(6 * NEAR_SIZES - 1, 6, false)).toBe(true)
    expect(isNear(6 * NEAR_SIZES - 1, 3.5, false)).toBe(false)
  })

  it('switches back to the block only past the hysteresis band', () => {
    const limit = 5 * NEAR_SIZES
    const between = limit * (1 + (HYSTERESIS - 1) / 2)
    expect(isNear(between, 5, false)).toBe(false)
    expect(isNear(between, 5, true)).toBe(true)
    expect(isNear(limit * HYSTERESIS + 1, 5, true)).toBe(false)
    // A camera drifting back and forth across the limit switches once, not on every step.
    let near = false
    let switches = 0
    for (const d of [limit - 1, limit + 1, limit - 1, limit + 2, limit - 3, limit + 1]) {
      const next = isNear(d, 5, near)
      if (next !== near) switches++
      near = next
    }
    expect(switches).toBe(1)
  })

  it('measures from the camera, height included', () => {
    expect(cameraDistance({ x: 0, y: 30, z: 0 }, 40, 0)).toBeCloseTo(50)
  })

  it('gives every field a block of at most 32 faces, well under its form, of the same extent', () => {
    for (const field of FIELDS) {
      const form = pavilionForm(field, '#336699')
      const block = pavilionBlock(field, '#336699')
      expect(triangles(block)).toBeLessThanOrEqual(32)
      expect(triangles(block)).toBeLessThanOrEqual(triangles(form) / 1.7)
      // Same place and about the same height: the silhouette reads the same from afar.
      form.computeBoundingBox()
      block.computeBoundingBox()
      const [f, b] = [form.boundingBox!, block.boundingBox!]
      expect(Math.abs(f.max.y - b.max.y)).toBeLessThan(0.15)
      // Inside the form's box, and most of its width (the 2 m plinth is left out).
      expect(f.clone().expandByScalar(0.05).containsBox(b)).toBe(true)
      expect(b.max.x - b.min.x).toBeGreaterThanOrEqual(0.7 * (f.max.x - f.min.x))
      expect(block.getAttribute('color')).toBeDefined()
    }
  })
})

describe('the cull follows the camera', () => {
  it('moves when the camera travels, even around a fixed target', () => {
    const cull = createCull()
    expect(updateCull(cull, 0, 0, 300, { x: 0, y: 50, z: 100 })).toBe(true)
    const version = cull.version
    expect(updateCull(cull, 0, 0, 300, { x: 5, y: 50, z: 100 })).toBe(false)
    expect(updateCull(cull, 0, 0, 300, { x: 20, y: 50, z: 98 })).toBe(true)
    expect(cull.version).toBe(version + 1)
    expect(cull.camera).toEqual({ x: 20, y: 50, z: 98 })
  })
})

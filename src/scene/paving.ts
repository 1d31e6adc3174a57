/** Geometry of the ground: district paving (petals), plaza rings, the world map's graticule. */
import { BufferGeometry, Color, RingGeometry, Shape, ShapeGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { solid } from './solid'
import { districtAngle, PLAZA_RADIUS } from '../layout/ground'
import { WORLD_SCALE } from '../layout/world'

const PAPER = new Color('#F7F3EC')
const HALF_PATH = 4

function paint(geometry: BufferGeometry, colour: Color, y: number): BufferGeometry {
  const g = geometry.index ? geometry.toNonIndexed() : geometry
  g.rotateX(-Math.PI / 2)
  g.translate(0, y, 0)
  return solid(g, colour)
}

/** One petal: the district's wedge, kept a path's width clear of its neighbours. */
function petal(district: number, inner: number, outer: number, sectors: number): BufferGeometry {
  const centre = districtAngle(district)
  const half = Math.PI / sectors
  const edge = (r: number, side: 1 | -1) =>
    centre + side * (half - Math.asin(Math.min(1, HALF_PATH / r)))
  const shape = new Shape()
  const steps = 24
  // RingGeometry/ShapeGeometry lie in XY; after rotateX(−90°) a point (x, y) lands at (x, 0, −y).
  const at = (r: number, a: number): [number, number] => [Math.cos(a) * r, -Math.sin(a) * r]
  shape.moveTo(...at(inner, edge(inner, -1)))
  for (let i = 1; i <= steps; i++) {
    const r = inner + ((outer - inner) * i) / steps
    shape.lineTo(...at(r, edge(r, -1)))
  }
  for (let i = 1; i <= steps; i++) {
    const a = edge(outer, -1) + ((edge(outer, 1) - edge(outer, -1)) * i) / steps
    shape.lineTo(...at(outer, a))
  }
  for (let i = steps - 1; i >= 0; i--) {
    const r = inner + ((outer - inner) * i) / steps
    shape.lineTo(...at(r, edge(r, 1)))
  }
  for (let i = steps - 1; i > 0; i--) {
    const a = edge(inner, -1) + ((edge(inner, 1) - edge(inner, -1)) * i) / steps
    shape.lineTo(...at(inner, a))
  }
  return new ShapeGeometry(shape)
}

/** Petals in each field's tint, the plaza and its ring path: one mesh, one draw call. */
export function pavingGeometry(colours: readonly string[], radius: number): BufferGeometry {
  const parts = colours.map((hex, district) =>
    paint(
      petal(district, PLAZA_RADIUS + 8, radius + 6, colours.length),
      new Color(hex).lerp(PAPER, 0.82),
      0.02,
    ),
  )
  parts.push(
    paint(new RingGeometry(PLAZA_RADIUS, PLAZA_RADIUS + 5, 96), new Color('#E7DDCB'), 0.03),
  )
  parts.push(paint(new RingGeometry(0, PLAZA_RADIUS, 96), new Color('#EFE7DA'), 0.03))
  parts.push(
    paint(
      new RingGeometry(PLAZA_RADIUS * 0.42, PLAZA_RADIUS * 0.46, 96),
      new Color('#E2D6C2'),
      0.04,
    ),
  )
  const merged = mergeGeometries(parts)
  if (!merged) throw new Error('paving does not merge')
  merged.computeVertexNormals()
  return merged
}

/** The world ground: a paper map with a 30° graticule, as thin strips in one mesh. */
export function worldGeometry(): BufferGeometry {
  const w = 180 * WORLD_SCALE
  const h = 90 * WORLD_SCALE
  const line = new Color('#E3D8C6')
  const parts: BufferGeometry[] = []
  const strip = (x: number, z: number, sx: number, sz: number) => {
    const shape = new Shape()
    shape.moveTo(x - sx, -(z - sz))
    shape.lineTo(x + sx, -(z - sz))
    shape.lineTo(x + sx, -(z + sz))
    shape.lineTo(x - sx, -(z + sz))
    parts.push(paint(new ShapeGeometry(shape), line, 0.03))
  }
  for (let lon = -180; lon <= 180; lon += 30) strip(lon * WORLD_SCALE, 0, 0.6, h)
  for (let lat = -60; lat <= 60; lat += 30) strip(0, -lat * WORLD_SCALE, w, lat === 0 ? 1.2 : 0.6)
  const merged = mergeGeometries(parts)
  if (!merged) throw new Error('graticule does not merge')
  return merged
}

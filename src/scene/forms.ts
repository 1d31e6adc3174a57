/**
 * The pavilion forms, one per creative field, as low-poly geometries with vertex colours
 * (matte white architecture, one accent per field). Each fits a unit footprint (|x|,|z| ≤ 1),
 * front towards +z, base at y = 0; instances scale them to the pavilion's size.
 * Each form also has a block: the same silhouette and colours in a fifth of the triangles or
 * fewer, drawn for pavilions far from the camera (levels of detail, scene/lod.ts).
 */
import {
  BoxGeometry,
  BufferGeometry,
  Color,
  ConeGeometry,
  CylinderGeometry,
  ExtrudeGeometry,
  IcosahedronGeometry,
  OctahedronGeometry,
  PlaneGeometry,
  Matrix4,
  Shape,
  SphereGeometry,
  Euler,
  Quaternion,
  Vector3,
} from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { solid } from './solid'
import type { FieldId } from '../catalogue/vocabulary'

export const WHITE = '#FBF8F2'
export const PLINTH = '#E4DACA'

const scratch = new Matrix4()
const colour = new Color()

/** A part: a geometry placed, turned and painted one colour. */
function part(
  geometry: BufferGeometry,
  paint: string,
  at: [number, number, number],
  turn: [number, number, number] = [0, 0, 0],
  shade = 1,
): BufferGeometry {
  const g = geometry.index ? geometry.toNonIndexed() : geometry
  scratch.compose(
    new Vector3(...at),
    new Quaternion().setFromEuler(new Euler(...turn)),
    new Vector3(1, 1, 1),
  )
  g.applyMatrix4(scratch)
  return solid(g, colour.set(paint).multiplyScalar(shade))
}

function merge(parts: BufferGeometry[]): BufferGeometry {
  const merged = mergeGeometries(parts)
  if (!merged) throw new Error('pavilion parts do not merge')
  merged.computeVertexNormals()
  merged.computeBoundingSphere()
  return merged
}

const plinth = () => part(new BoxGeometry(2, 0.1, 2), PLINTH, [0, 0.05, 0])

function prism(width: number, height: number, depth: number): BufferGeometry {
  const shape = new Shape()
  shape.moveTo(-width / 2, 0)
  shape.lineTo(width / 2, 0)
  shape.lineTo(0, height)
  shape.closePath()
  const g = new ExtrudeGeometry(shape, { depth, bevelEnabled: false })
  g.translate(0, 0, -depth / 2)
  return g
}

function darker(hex: string, k: number): string {
  return '#' + colour.set(hex).multiplyScalar(k).getHexString()
}

/** Crafts: a pitched roof over a woven lattice. */
function crafts(accent: string): BufferGeometry {
  const slats = [-0.45, -0.15, 0.15, 0.45].flatMap((x) => [
    part(new BoxGeometry(0.06, 0.95, 0.04), darker(accent, 0.85), [x, 0.55, 0.67], [0, 0, 0.5]),
    part(new BoxGeometry(0.06, 0.95, 0.04), accent, [x, 0.55, 0.68], [0, 0, -0.5]),
  ])
  return merge([
    plinth(),
    part(new BoxGeometry(1.5, 0.85, 1.3), WHITE, [0, 0.525, 0]),
    part(prism(1.8, 0.6, 1.55), accent, [0, 0.95, 0]),
    ...slats,
  ])
}

/** Design: a clean cube with a cantilevered slab. */
function design(accent: string): BufferGeometry {
  return merge([
    plinth(),
    part(new BoxGeometry(1.2, 1.05, 1.2), WHITE, [-0.2, 0.625, -0.1]),
    part(new BoxGeometry(1.9, 0.12, 1.05), accent, [0.1, 1.2, 0.15]),
    part(new BoxGeometry(0.08, 1.05, 0.08), WHITE, [0.9, 0.625, 0.55]),
    part(new BoxGeometry(0.7, 0.5, 0.02), darker(accent, 0.6), [-0.2, 0.5, 0.51]),
  ])
}

/** Film: a dark box with a glowing screen façade. */
function film(accent: string): BufferGeometry {
  return merge([
    plinth(),
    part(new BoxGeometry(1.6, 0.95, 1.3), '#2B2733', [0, 0.575, -0.05]),
    part(new BoxGeometry(1.3, 0.62, 0.03), '#FFE7A8', [0, 0.62, 0.61]),
    part(new BoxGeometry(1.7, 0.14, 1.4), accent, [0, 1.12, -0.05]),
    part(new BoxGeometry(0.5, 0.32, 0.05), WHITE, [0, 0.25, 0.62]),
  ])
}

/** Gastronomy: a round market canopy on posts over a counter. */
function gastronomy(accent: string): BufferGeometry {
  const posts = [0, 1, 2, 3, 4, 5].map((k) => {
    const a = (k / 6) * Math.PI * 2 + Math.PI / 6
    return part(new BoxGeometry(0.07, 0.85, 0.07), WHITE, [
      Math.sin(a) * 0.82,
      0.52,
      Math.cos(a) * 0.82,
    ])
  })
  return merge([
    part(new CylinderGeometry(0.98, 0.98, 0.1, 12), PLINTH, [0, 0.05, 0]),
    part(new CylinderGeometry(0.55, 0.55, 0.45, 10), WHITE, [0, 0.32, 0]),
    ...posts,
    part(new ConeGeometry(1.05, 0.5, 10, 1, true), accent, [0, 1.2, 0]),
    part(new CylinderGeometry(1.05, 1.05, 0.1, 10, 1, true), darker(accent, 0.85), [0, 0.92, 0]),
  ])
}

/** Literature: stacked volumes, like books on a shelf. */
function literature(accent: string): BufferGeometry {
  return merge([
    plinth(),
    part(new BoxGeometry(1.6, 0.38, 1.2), WHITE, [0, 0.29, 0]),
    part(new BoxGeometry(1.35, 0.32, 1.05), accent, [0.08, 0.64, -0.02], [0, 0.12, 0]),
    part(new BoxGeometry(1.1, 0.3, 0.9), WHITE, [-0.05, 0.95, 0.02], [0, -0.1, 0]),
    part(prism(1.2, 0.28, 0.95), darker(accent, 0.8), [-0.05, 1.1, 0.02], [0, -0.1, 0]),
  ])
}

/** Media arts: a faceted crystal with glowing panels. */
function mediaArts(accent: string): BufferGeometry {
  const crystal = new IcosahedronGeometry(0.75, 0).toNonIndexed()
  crystal.scale(1, 1.45, 1)
  const g = part(crystal, accent, [0, 1.15, 0])
  // Alternate facets lighter, so the crystal reads as panels.
  const colours = g.getAttribute('color')
  for (let face = 0; face < colours.count / 3; face++) {
    const k = face % 3 === 0 ? 1.45 : face % 3 === 1 ? 1 : 0.8
    for (let v = 0; v < 3; v++) {
      const i = face * 3 + v
      colours.setXYZ(
        i,
        Math.min(1, colours.getX(i) * k),
        Math.min(1, colours.getY(i) * k),
        Math.min(1, colours.getZ(i) * k),
      )
    }
  }
  return merge([plinth(), part(new CylinderGeometry(0.7, 0.8, 0.3, 10), WHITE, [0, 0.25, 0]), g])
}

/** Music: a curved acoustic shell opening to the front. */
function music(accent: string): BufferGeometry {
  const shell = new SphereGeometry(0.95, 10, 4, Math.PI / 2, Math.PI, 0, Math.PI / 2)
  shell.rotateY(Math.PI)
  shell.scale(1, 1.25, 1)
  return merge([
    plinth(),
    part(shell, WHITE, [0, 0.1, -0.05]),
    part(
      new CylinderGeometry(0.9, 0.9, 0.12, 10, 1, false, -Math.PI / 2, Math.PI),
      accent,
      [0, 0.16, -0.05],
    ),
    part(new BoxGeometry(1.8, 0.06, 0.5), darker(accent, 0.85), [0, 0.13, 0.7]),
  ])
}

const BUILDERS: Record<FieldId, (accent: string) => BufferGeometry> = {
  'crafts-folk-art': crafts,
  design,
  film,
  gastronomy,
  literature,
  'media-arts': mediaArts,
  music,
}

export function pavilionForm(field: FieldId, accent: string): BufferGeometry {
  return BUILDERS[field](accent)
}

/*
 * The blocks: the masses of each form above, in the same places and colours, without the plinth,
 * slats, posts and small parts, which are a pixel or two wide at the distances blocks are drawn.
 */
const BLOCKS: Record<FieldId, (accent: string) => BufferGeometry[]> = {
  'crafts-folk-art': (accent) => [
    part(new BoxGeometry(1.5, 0.85, 1.3), WHITE, [0, 0.525, 0]),
    part(prism(1.8, 0.6, 1.55), accent, [0, 0.95, 0]),
  ],
  design: (accent) => [
    part(new BoxGeometry(1.2, 1.05, 1.2), WHITE, [-0.2, 0.625, -0.1]),
    part(new BoxGeometry(1.9, 0.12, 1.05), accent, [0.1, 1.2, 0.15]),
  ],
  film: (accent) => [
    part(new BoxGeometry(1.6, 0.95, 1.3), '#2B2733', [0, 0.575, -0.05]),
    part(new PlaneGeometry(1.3, 0.62), '#FFE7A8', [0, 0.62, 0.61]),
    part(new BoxGeometry(1.7, 0.14, 1.4), accent, [0, 1.12, -0.05]),
  ],
  gastronomy: (accent) => [
    part(new CylinderGeometry(0.82, 0.82, 0.85, 6, 1, true), WHITE, [0, 0.52, 0]),
    part(new ConeGeometry(1.05, 0.5, 6, 1, true), accent, [0, 1.2, 0]),
    part(new CylinderGeometry(1.05, 1.05, 0.1, 6, 1, true), darker(accent, 0.85), [0, 0.92, 0]),
  ],
  literature: (accent) => [
    part(new BoxGeometry(1.6, 0.38, 1.2), WHITE, [0, 0.29, 0]),
    part(new BoxGeometry(1.35, 0.32, 1.05), accent, [0.08, 0.64, -0.02], [0, 0.12, 0]),
    part(prism(1.2, 0.58, 0.95), WHITE, [-0.05, 0.8, 0.02], [0, -0.1, 0]),
  ],
  'media-arts': (accent) => {
    // An octahedron's tips reach farther than the icosahedron's: a little flatter, as high.
    const crystal = new OctahedronGeometry(0.72, 0)
    crystal.scale(1, 1.28, 1)
    return [
      part(new CylinderGeometry(0.7, 0.8, 0.3, 6, 1, true), WHITE, [0, 0.25, 0]),
      part(crystal, accent, [0, 1.15, 0]),
    ]
  },
  music: (accent) => {
    const shell = new SphereGeometry(0.95, 4, 2, Math.PI / 2, Math.PI, 0, Math.PI / 2)
    shell.rotateY(Math.PI)
    shell.scale(1, 1.25, 1)
    return [
      part(shell, WHITE, [0, 0.1, -0.05]),
      part(new BoxGeometry(1.8, 0.12, 1.4), accent, [0, 0.12, 0.25]),
    ]
  },
}

/** The far form of a field's pavilion: its silhouette and colours in a handful of faces. */
export function pavilionBlock(field: FieldId, accent: string): BufferGeometry {
  return merge(BLOCKS[field](accent))
}

import { Color, Float32BufferAttribute, type BufferGeometry } from 'three'

/**
 * A geometry painted one colour through a vertex-colour attribute, non-indexed and without uvs,
 * so any number of painted parts merge into one mesh (one draw call).
 */
export function solid(geometry: BufferGeometry, colour: Color | string): BufferGeometry {
  const g = geometry.index ? geometry.toNonIndexed() : geometry
  const c = typeof colour === 'string' ? new Color(colour) : colour
  const count = g.getAttribute('position').count
  const colours = new Float32Array(count * 3)
  for (let i = 0; i < count; i++) c.toArray(colours, i * 3)
  g.setAttribute('color', new Float32BufferAttribute(colours, 3))
  g.deleteAttribute('uv')
  return g
}

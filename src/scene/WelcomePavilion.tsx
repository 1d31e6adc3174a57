import { useEffect, useMemo } from 'react'
import { BoxGeometry, CylinderGeometry, TorusGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'

/**
 * The welcome pavilion at the centre of the plaza: a white maquette of a blast furnace, a nod to
 * the Summit's venue at Shougang Park (the No. 3 blast furnace of the former steelworks).
 */
export function WelcomePavilion() {
  const geometry = useMemo(() => {
    const parts = [
      new CylinderGeometry(9, 10, 2, 24).translate(0, 1, 0),
      new CylinderGeometry(5.5, 7, 16, 16).translate(0, 10, 0),
      new CylinderGeometry(4.5, 5.5, 8, 16).translate(0, 22, 0),
      new CylinderGeometry(3.2, 4.5, 4, 16).translate(0, 28, 0),
      new CylinderGeometry(1.1, 1.1, 22, 10).translate(-10, 11, 4),
      new CylinderGeometry(1.1, 1.1, 18, 10).translate(10, 9, -3),
      new BoxGeometry(2, 1.2, 22).rotateX(0.5).translate(-5, 26, 4),
      new BoxGeometry(1.6, 1, 14).rotateY(Math.PI / 2).translate(5, 18, -3),
      new TorusGeometry(6.3, 0.35, 6, 24).rotateX(Math.PI / 2).translate(0, 14, 0),
      new TorusGeometry(5, 0.3, 6, 24).rotateX(Math.PI / 2).translate(0, 24, 0),
      new BoxGeometry(12, 3, 1.4).translate(0, 5, 8.4),
    ].map((g) => (g.index ? g.toNonIndexed() : g))
    for (const g of parts) g.deleteAttribute('uv')
    const merged = mergeGeometries(parts)
    merged?.computeVertexNormals()
    return merged
  }, [])
  // Leaving the districts (the world layout) unmounts it: its buffers go too.
  useEffect(() => () => geometry?.dispose(), [geometry])
  if (!geometry) return null
  return (
    <mesh geometry={geometry}>
      <meshStandardMaterial color="#FBF8F2" roughness={0.9} flatShading />
    </mesh>
  )
}

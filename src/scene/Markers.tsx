import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { Color, CylinderGeometry, OctahedronGeometry, Object3D, type InstancedMesh } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { planMarkers } from '../layout/plan'
import { selectFieldMap } from '../state/derived'
import { useExpo, usePart } from '../state/useExpo'
import { usePlan } from './usePlan'
import { within, type Cull } from './culling'

const scratch = new Object3D()
const tint = new Color()

/** The network's other member cities: a small post in the field's colour each, one draw call. */
export interface MarkersProps {
  cull: Cull
}

export function Markers({ cull }: MarkersProps) {
  usePart('network')
  const network = useExpo((s) => s.catalogue?.network)
  const cities = useExpo((s) => s.catalogue?.cities)
  const fields = useExpo(selectFieldMap)
  const { mode } = usePlan()
  const mesh = useRef<InstancedMesh>(null)
  const markers = useMemo(
    () => planMarkers(network ?? [], new Set((cities ?? []).map((c) => c.id)), mode),
    [network, cities, mode],
  )
  const geometry = useMemo(() => {
    const merged = mergeGeometries([
      new CylinderGeometry(0.18, 0.22, 2.6, 4, 1, true).translate(0, 1.3, 0).toNonIndexed(),
      new OctahedronGeometry(0.6).translate(0, 2.9, 0),
    ])
    merged?.computeVertexNormals()
    return merged
  }, [])
  useEffect(() => () => geometry?.dispose(), [geometry])

  const written = useRef(-1)
  const write = useCallback(() => {
    const m = mesh.current
    if (!m) return
    written.current = cull.version
    let i = 0
    for (const marker of markers) {
      // Beyond the fog, nothing is drawn (see culling.ts).
      if (!within(cull, marker.x, marker.z, 4)) continue
      scratch.position.set(marker.x, 0, marker.z)
      scratch.scale.setScalar(mode === 'world' ? 0.6 : 1)
      scratch.updateMatrix()
      m.setMatrixAt(i, scratch.matrix)
      m.setColorAt(i++, tint.set(fields.get(marker.field)?.colour ?? '#9A948A'))
    }
    m.count = i
    m.instanceMatrix.needsUpdate = true
    if (m.instanceColor) m.instanceColor.needsUpdate = true
    m.computeBoundingSphere()
  }, [markers, fields, mode, cull])
  useLayoutEffect(() => write(), [write])
  useFrame(() => {
    if (written.current !== cull.version) write()
  })

  if (!geometry || markers.length === 0) return null
  return (
    <instancedMesh
      key={markers.length}
      ref={mesh}
      args={[geometry, undefined, markers.length]}
      raycast={() => null}
    >
      <meshLambertMaterial />
    </instancedMesh>
  )
}

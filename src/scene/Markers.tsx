import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import {
  Color,
  ConeGeometry,
  CylinderGeometry,
  OctahedronGeometry,
  Object3D,
  type InstancedMesh,
} from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { planMarkers } from '../layout/plan'
import { selectFieldMap } from '../state/derived'
import { useExpo, usePart } from '../state/useExpo'
import { usePlan } from './usePlan'
import { within, type Cull } from './culling'
import { cameraDistance, isNear } from './lod'

const scratch = new Object3D()
const tint = new Color()
/** A marker's size for the levels of detail, m (a post about 3.5 m tall). */
const MARKER_SIZE = 3

function postGeometry() {
  const merged = mergeGeometries([
    new CylinderGeometry(0.18, 0.22, 2.6, 4, 1, true).translate(0, 1.3, 0).toNonIndexed(),
    new OctahedronGeometry(0.6).translate(0, 2.9, 0),
  ])
  merged?.computeVertexNormals()
  return merged
}

/** From afar, a three-sided spike of the same height: 3 faces instead of 16. */
function spikeGeometry() {
  const spike = new ConeGeometry(0.6, 3.5, 3, 1, true).translate(0, 1.75, 0).toNonIndexed()
  spike.computeVertexNormals()
  return spike
}

/**
 * The network's other member cities: a small post in the field's colour each; near the camera in
 * full, farther as a spike (scene/lod.ts). Two draw calls at most, one from afar.
 */
export interface MarkersProps {
  cull: Cull
}

export function Markers({ cull }: MarkersProps) {
  usePart('network')
  const network = useExpo((s) => s.catalogue?.network)
  const cities = useExpo((s) => s.catalogue?.cities)
  const fields = useExpo(selectFieldMap)
  const { mode } = usePlan()
  const post = useRef<InstancedMesh>(null)
  const spike = useRef<InstancedMesh>(null)
  const near = useRef(new Set<string>())
  const markers = useMemo(
    () => planMarkers(network ?? [], new Set((cities ?? []).map((c) => c.id)), mode),
    [network, cities, mode],
  )
  const geometries = useMemo(() => ({ post: postGeometry(), spike: spikeGeometry() }), [])
  useEffect(
    () => () => {
      geometries.post?.dispose()
      geometries.spike.dispose()
    },
    [geometries],
  )

  const written = useRef(-1)
  const write = useCallback(() => {
    const [full, far] = [post.current, spike.current]
    if (!full || !far) return
    const meshes = [full, far]
    written.current = cull.version
    const counts = [0, 0]
    // Both meshes get their colour buffer at once: one shader for both, compiled with the first.
    for (const m of meshes) if (!m.instanceColor) m.setColorAt(0, tint.set('#9A948A'))
    const scale = mode === 'world' ? 0.6 : 1
    for (const marker of markers) {
      // Beyond the fog, nothing is drawn (see culling.ts).
      if (!within(cull, marker.x, marker.z, 4)) continue
      const distance = cameraDistance(cull.camera, marker.x, marker.z)
      const detailed = isNear(distance, MARKER_SIZE * scale, near.current.has(marker.id))
      if (detailed) near.current.add(marker.id)
      else near.current.delete(marker.id)
      const lod = detailed ? 0 : 1
      const mesh = meshes[lod]
      const i = counts[lod] ?? 0
      counts[lod] = i + 1
      scratch.position.set(marker.x, 0, marker.z)
      scratch.scale.setScalar(scale)
      scratch.updateMatrix()
      mesh?.setMatrixAt(i, scratch.matrix)
      mesh?.setColorAt(i, tint.set(fields.get(marker.field)?.colour ?? '#9A948A'))
    }
    meshes.forEach((m, lod) => {
      m.count = counts[lod] ?? 0
      m.instanceMatrix.needsUpdate = true
      if (m.instanceColor) m.instanceColor.needsUpdate = true
    })
  }, [markers, fields, mode, cull])
  useLayoutEffect(() => write(), [write])
  useFrame(() => {
    if (written.current !== cull.version) write()
  })

  if (!geometries.post || markers.length === 0) return null
  return (
    <>
      <instancedMesh
        key={`post-${markers.length}`}
        ref={post}
        args={[geometries.post, undefined, markers.length]}
        raycast={() => null}
        frustumCulled={false}
      >
        <meshLambertMaterial />
      </instancedMesh>
      <instancedMesh
        key={`spike-${markers.length}`}
        ref={spike}
        args={[geometries.spike, undefined, markers.length]}
        raycast={() => null}
        frustumCulled={false}
      >
        <meshLambertMaterial />
      </instancedMesh>
    </>
  )
}

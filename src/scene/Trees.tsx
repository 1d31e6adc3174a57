import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import {
  ConeGeometry,
  CylinderGeometry,
  Object3D,
  type BufferGeometry,
  type InstancedMesh,
} from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { solid } from './solid'
import { districtAngle, PLAZA_RADIUS } from '../layout/ground'
import { usePlan } from './usePlan'

const scratch = new Object3D()

function treeGeometry(): BufferGeometry {
  const merged = mergeGeometries([
    solid(new CylinderGeometry(0.15, 0.2, 1.4, 5).translate(0, 0.7, 0), '#8C7B66'),
    solid(new ConeGeometry(1.2, 3.2, 7).translate(0, 2.8, 0), '#A7B894'),
  ])
  if (!merged) throw new Error('tree does not merge')
  merged.computeVertexNormals()
  return merged
}

/** Trees along the avenues between districts and around the plaza: one instanced mesh. */
export function Trees() {
  const { plan, mode } = usePlan()
  const mesh = useRef<InstancedMesh>(null)
  const geometry = useMemo(() => treeGeometry(), [])
  useEffect(() => () => geometry.dispose(), [geometry])
  const spots = useMemo(() => {
    if (mode === 'world') return []
    const list: { x: number; z: number; s: number }[] = []
    for (let d = 0; d < 7; d++) {
      const a = districtAngle(d) + Math.PI / 7
      for (let r = PLAZA_RADIUS + 12; r < Math.max(plan.radius, 120); r += 16)
        for (const side of [-1, 1]) {
          const off = (side * 2.6) / r
          list.push({
            x: Math.cos(a + off) * r,
            z: Math.sin(a + off) * r,
            s: 0.8 + (((r * 7 + d) % 5) / 5) * 0.5,
          })
        }
    }
    for (let k = 0; k < 28; k++) {
      const a = (k / 28) * Math.PI * 2
      list.push({
        x: Math.cos(a) * (PLAZA_RADIUS + 2.5),
        z: Math.sin(a) * (PLAZA_RADIUS + 2.5),
        s: 0.9,
      })
    }
    return list
  }, [plan.radius, mode])

  useLayoutEffect(() => {
    const m = mesh.current
    if (!m) return
    spots.forEach((p, i) => {
      scratch.position.set(p.x, 0, p.z)
      scratch.scale.setScalar(p.s)
      scratch.updateMatrix()
      m.setMatrixAt(i, scratch.matrix)
    })
    m.count = spots.length
    m.instanceMatrix.needsUpdate = true
    m.computeBoundingSphere()
  }, [spots])

  if (spots.length === 0) return null
  return (
    <instancedMesh key={spots.length} ref={mesh} args={[geometry, undefined, spots.length]}>
      <meshLambertMaterial vertexColors />
    </instancedMesh>
  )
}

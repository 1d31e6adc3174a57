/**
 * Every pavilion in two instanced meshes (walls, roofs): draw calls do not grow with the city
 * count. Clicking one opens its city.
 */
import { useContext, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { Color, Object3D, Vector3, type InstancedMesh } from 'three'
import { useThree, type ThreeEvent } from '@react-three/fiber'
import { planGround } from '../layout/ground'
import { FrameStatsContext } from '../state/FrameStatsContext'
import { useExpo, useExpoStore } from '../state/useExpo'

const scratch = new Object3D()
const tint = new Color()
const point = new Vector3()

export function Pavilions() {
  const store = useExpoStore()
  const stats = useContext(FrameStatsContext)
  const invalidate = useThree((s) => s.invalidate)
  const cities = useExpo((s) => s.catalogue?.cities)
  const fields = useExpo((s) => s.catalogue?.fields)
  const walls = useRef<InstancedMesh>(null)
  const roofs = useRef<InstancedMesh>(null)
  const list = useMemo(() => cities ?? [], [cities])
  const plan = useMemo(() => planGround(list), [list])

  useLayoutEffect(() => {
    const wallMesh = walls.current
    const roofMesh = roofs.current
    if (!wallMesh || !roofMesh) return
    list.forEach((city, i) => {
      const place = plan.placements.get(city.id)
      if (!place) return
      const size = 5 + Math.min(city.initiatives.length, 5) * 0.6
      scratch.position.set(place.x, size * 0.45, place.z)
      scratch.rotation.set(0, place.rotation, 0)
      scratch.scale.set(size * 1.4, size * 0.9, size)
      scratch.updateMatrix()
      wallMesh.setMatrixAt(i, scratch.matrix)
      scratch.position.y = size * 0.9 + 0.4
      scratch.scale.set(size * 1.6, 0.8, size * 1.2)
      scratch.updateMatrix()
      roofMesh.setMatrixAt(i, scratch.matrix)
      roofMesh.setColorAt(
        i,
        tint.set(fields?.find((f) => f.id === city.field)?.colour ?? '#888888'),
      )
    })
    wallMesh.count = roofMesh.count = list.length
    wallMesh.instanceMatrix.needsUpdate = roofMesh.instanceMatrix.needsUpdate = true
    if (roofMesh.instanceColor) roofMesh.instanceColor.needsUpdate = true
    wallMesh.computeBoundingSphere()
    roofMesh.computeBoundingSphere()
    stats.pavilions = list.length
    invalidate()
    return () => {
      stats.pavilions = 0
    }
  }, [list, plan, fields, stats, invalidate])

  const camera = useThree((s) => s.camera)
  const canvas = useThree((s) => s.gl.domElement)
  useEffect(() => {
    stats.screenPoints = () => {
      const rect = canvas.getBoundingClientRect()
      return list.flatMap((city) => {
        const place = plan.placements.get(city.id)
        if (!place) return []
        point.set(place.x, 3, place.z)
        const depth = point.distanceTo(camera.position)
        point.project(camera)
        if (Math.abs(point.x) > 1 || Math.abs(point.y) > 1 || point.z > 1) return []
        const x = rect.left + ((point.x + 1) / 2) * rect.width
        const y = rect.top + ((1 - point.y) / 2) * rect.height
        return [{ id: city.id, x, y, depth }]
      })
    }
    return () => {
      stats.screenPoints = null
    }
  }, [stats, list, plan, camera, canvas])

  const open = (event: ThreeEvent<MouseEvent>) => {
    event.stopPropagation()
    const city = event.instanceId === undefined ? undefined : list[event.instanceId]
    if (city) store.getState().goTo({ name: 'city', cityId: city.id })
  }
  const capacity = Math.max(list.length, 1)

  return (
    <group>
      <instancedMesh
        key={`w${capacity}`}
        ref={walls}
        args={[undefined, undefined, capacity]}
        onClick={open}
      >
        <boxGeometry />
        <meshLambertMaterial color="#FFFFFF" />
      </instancedMesh>
      <instancedMesh
        key={`r${capacity}`}
        ref={roofs}
        args={[undefined, undefined, capacity]}
        onClick={open}
      >
        <boxGeometry />
        <meshLambertMaterial color="#FFFFFF" />
      </instancedMesh>
    </group>
  )
}

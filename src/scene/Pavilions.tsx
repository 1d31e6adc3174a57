/**
 * Every pavilion: one instanced mesh per field form plus one for their soft shadows, so draw
 * calls do not grow with the number of cities. Switching layouts animates the instances;
 * hover, focus and the open pavilion are reflected in their matrices; pavilions the filters leave
 * out fade back (lower, paler: scene/fade.ts) in the same draw calls.
 */
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber'
import { Object3D, Vector3, type InstancedMesh, type MeshStandardMaterial } from 'three'
import type { CitySummary } from '../catalogue/compiled'
import { FIELDS, type FieldId } from '../catalogue/vocabulary'
import type { Placement } from '../layout/ground'
import { pavilionSize } from '../layout/plan'
import { easeInOut } from '../layout/poses'
import { FrameStatsContext } from '../state/FrameStatsContext'
import { selectCity, selectFieldMap, selectSelection } from '../state/derived'
import { selectCityId } from '../state/selectors'
import { useExpo, useExpoStore } from '../state/useExpo'
import { pavilionForm } from './forms'
import { shadowTexture } from './shadowTexture'
import { within, type Cull } from './culling'
import { fadeAttribute, withFade } from './fade'
import { usePlan } from './usePlan'

const scratch = new Object3D()
const point = new Vector3()
const SWITCH_SECONDS = 1.4
/** Height of a faded pavilion, as a share of its own. */
const FADED_HEIGHT = 0.45

export interface PavilionsProps {
  cull: Cull
}

export function Pavilions({ cull }: PavilionsProps) {
  const store = useExpoStore()
  const stats = useContext(FrameStatsContext)
  const invalidate = useThree((s) => s.invalidate)
  const camera = useThree((s) => s.camera)
  const canvas = useThree((s) => s.gl.domElement)
  const cities = useExpo((s) => s.catalogue?.cities)
  const fields = useExpo(selectFieldMap)
  const openCity = useExpo(selectCityId)
  const focused = useExpo((s) => s.focusedCityId)
  const reducedMotion = useExpo((s) => s.reducedMotion)
  const { plan, mode } = usePlan()
  const [hovered, setHovered] = useState<string | null>(null)

  const byField = useMemo(() => {
    const groups = new Map<FieldId, CitySummary[]>(FIELDS.map((f) => [f, []]))
    for (const city of cities ?? []) groups.get(city.field)?.push(city)
    return groups
  }, [cities])
  const forms = useMemo(
    () => FIELDS.map((f) => pavilionForm(f, fields.get(f)?.colour ?? '#888888')),
    [fields],
  )
  const shadow = useMemo(() => shadowTexture(), [])
  useEffect(() => () => forms.forEach((form) => form.dispose()), [forms])
  useEffect(() => () => shadow.dispose(), [shadow])
  const meshes = useRef<(InstancedMesh | null)[]>([])
  const shadows = useRef<InstancedMesh>(null)

  // Layout switch: remember where each pavilion was, and move it over SWITCH_SECONDS.
  const motion = useRef<{
    from: Map<string, Placement>
    to: Map<string, Placement>
    start: number
  } | null>(null)
  const shown = useRef(plan.placements)
  useLayoutEffect(() => {
    if (shown.current !== plan.placements && shown.current.size > 0 && !reducedMotion)
      motion.current = { from: shown.current, to: plan.placements, start: performance.now() }
    shown.current = plan.placements
    invalidate()
  }, [plan, reducedMotion, invalidate])

  /** Per field, the cities written into its instance buffer, in instance order (for picking). */
  const drawn = useRef<CitySummary[][]>([])
  const written = useRef(-1)

  /** The selection last written into the instances; a new one (filters changed) rewrites them. */
  const writtenSelection = useRef<ReturnType<typeof selectSelection> | null>(null)

  const write = (t: number) => {
    const k = easeInOut(t)
    let s = 0
    written.current = cull.version
    const selection = selectSelection(store.getState())
    writtenSelection.current = selection
    let highlighted = 0
    for (const city of cities ?? [])
      if (!selection.narrowed || selection.cityIds.has(city.id)) highlighted++
    stats.highlighted = highlighted
    FIELDS.forEach((field, f) => {
      const mesh = meshes.current[f]
      const fade = mesh ? fadeAttribute(mesh.geometry, mesh.instanceMatrix.count) : null
      const list: CitySummary[] = []
      for (const city of byField.get(field) ?? []) {
        const to = plan.placements.get(city.id)
        const from = motion.current?.from.get(city.id) ?? to
        if (!to || !from) continue
        // Beyond the fog nothing is drawn; during a layout switch everything moves, so all are.
        if (!motion.current && !within(cull, to.x, to.z, 12)) continue
        const i = list.push(city) - 1
        const lit = !selection.narrowed || selection.cityIds.has(city.id)
        const size =
          city.id === openCity
            ? 0.0001
            : pavilionSize(city.initiatives.length, mode) * (city.id === hovered ? 1.06 : 1)
        scratch.position.set(from.x + (to.x - from.x) * k, 0, from.z + (to.z - from.z) * k)
        scratch.rotation.set(0, from.rotation + (to.rotation - from.rotation) * k, 0)
        scratch.scale.set(size, lit ? size : size * FADED_HEIGHT, size)
        scratch.updateMatrix()
        mesh?.setMatrixAt(i, scratch.matrix)
        fade?.setX(i, lit ? 0 : 1)
        scratch.rotation.set(-Math.PI / 2, 0, 0)
        scratch.scale.setScalar(size * (lit ? 3.2 : 2.4))
        scratch.position.y = 0.05
        scratch.updateMatrix()
        shadows.current?.setMatrixAt(s++, scratch.matrix)
      }
      drawn.current[f] = list
      if (fade) fade.needsUpdate = true
      if (mesh) {
        mesh.count = list.length
        mesh.instanceMatrix.needsUpdate = true
        mesh.computeBoundingSphere()
      }
    })
    if (shadows.current) {
      shadows.current.count = s
      shadows.current.instanceMatrix.needsUpdate = true
      shadows.current.computeBoundingSphere()
    }
  }

  useLayoutEffect(() => {
    write(motion.current ? (performance.now() - motion.current.start) / (SWITCH_SECONDS * 1000) : 1)
    stats.pavilions = drawn.current.reduce((n, list) => n + list.length, 0)
    invalidate()
  })
  useEffect(
    () => () => {
      stats.pavilions = 0
      stats.highlighted = 0
    },
    [stats],
  )
  // Filters and search change the selection: the next frame rewrites the instances.
  useEffect(
    () =>
      store.subscribe((state) => {
        if (selectSelection(state) !== writtenSelection.current) invalidate()
      }),
    [store, invalidate],
  )
  useFrame(() => {
    const stale = selectSelection(store.getState()) !== writtenSelection.current
    if (!motion.current && (stale || written.current !== cull.version)) {
      write(1)
      stats.pavilions = drawn.current.reduce((n, list) => n + list.length, 0)
    }
    if (!motion.current) return
    const t = (performance.now() - motion.current.start) / (SWITCH_SECONDS * 1000)
    write(t)
    if (t >= 1) motion.current = null
    else invalidate()
  })

  // Test hook: screen positions of the pavilions (see app/testHooks.ts).
  useEffect(() => {
    stats.screenPoints = () => {
      const rect = canvas.getBoundingClientRect()
      return (cities ?? []).flatMap((city) => {
        const place = plan.placements.get(city.id)
        if (!place || city.id === openCity) return []
        point.set(place.x, pavilionSize(city.initiatives.length, mode) * 0.55, place.z)
        const depth = point.distanceTo(camera.position)
        point.project(camera)
        if (Math.abs(point.x) > 0.95 || Math.abs(point.y) > 0.95 || point.z > 1) return []
        return [
          {
            id: city.id,
            x: rect.left + ((point.x + 1) / 2) * rect.width,
            y: rect.top + ((1 - point.y) / 2) * rect.height,
            depth,
          },
        ]
      })
    }
    return () => {
      stats.screenPoints = null
    }
  }, [stats, cities, plan, camera, canvas, openCity, mode])

  const cityAt = (event: ThreeEvent<PointerEvent | MouseEvent>) => {
    const field = (event.object.userData as { field?: FieldId }).field
    const f = field ? FIELDS.indexOf(field) : -1
    return f >= 0 && event.instanceId !== undefined
      ? drawn.current[f]?.[event.instanceId]
      : undefined
  }

  return (
    <group
      onClick={(event) => {
        event.stopPropagation()
        const city = cityAt(event)
        if (city) store.getState().goTo({ name: 'city', cityId: city.id })
      }}
      onPointerMove={(event) => {
        event.stopPropagation()
        const id = cityAt(event)?.id ?? null
        if (id !== hovered) {
          setHovered(id)
          document.body.style.cursor = id ? 'pointer' : ''
        }
      }}
      onPointerOut={() => {
        setHovered(null)
        document.body.style.cursor = ''
      }}
    >
      {FIELDS.map((field, f) => {
        const count = Math.max(1, byField.get(field)?.length ?? 0)
        return (
          <instancedMesh
            key={`${field}-${count}`}
            ref={(mesh) => {
              meshes.current[f] = mesh
            }}
            args={[forms[f], undefined, count]}
            userData={{ field }}
            frustumCulled={false}
          >
            <meshStandardMaterial
              ref={(material: MeshStandardMaterial | null) => {
                if (material) withFade(material)
              }}
              vertexColors
              roughness={0.88}
              metalness={0}
              flatShading
            />
          </instancedMesh>
        )
      })}
      <instancedMesh
        key={`shadows-${cities?.length ?? 0}`}
        ref={shadows}
        args={[undefined, undefined, Math.max(1, cities?.length ?? 0)]}
        raycast={() => null}
        frustumCulled={false}
      >
        <planeGeometry />
        <meshBasicMaterial map={shadow} transparent depthWrite={false} />
      </instancedMesh>
      {focused && focused !== openCity ? <FocusRing cityId={focused} /> : null}
      {hovered && hovered !== focused ? <FocusRing cityId={hovered} soft /> : null}
    </group>
  )
}

interface FocusRingProps {
  cityId: string
  soft?: boolean
}

/** A ring on the ground around the pavilion with focus (ink) or under the pointer (soft). */
function FocusRing({ cityId, soft = false }: FocusRingProps) {
  const { plan, mode } = usePlan()
  const city = useExpo((s) => selectCity(s, cityId))
  const place = plan.placements.get(cityId)
  if (!place || !city) return null
  const r = pavilionSize(city.initiatives.length, mode) * 1.35
  return (
    <mesh position={[place.x, 0.08, place.z]} rotation-x={-Math.PI / 2} raycast={() => null}>
      <ringGeometry args={[r, r + (soft ? 0.5 : 0.9), 48]} />
      <meshBasicMaterial
        color={soft ? '#5A5A66' : '#1B1B1F'}
        transparent
        opacity={soft ? 0.5 : 0.9}
      />
    </mesh>
  )
}

/**
 * Every pavilion: per field form, one instanced mesh for the pavilions near the camera (the full
 * form) and one for the rest (its block: scene/lod.ts), plus one for their soft shadows, so draw
 * calls do not grow with the number of cities (an empty mesh draws nothing, so from afar only the
 * blocks are drawn), and triangles follow what is near. Switching layouts animates the instances;
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
import { selectFieldMap, selectSelection } from '../state/derived'
import { selectCityId } from '../state/selectors'
import { useExpo, useExpoStore } from '../state/useExpo'
import { FocusRing } from './FocusRing'
import { pavilionBlock, pavilionForm } from './forms'
import { cameraDistance, isNear } from './lod'
import { shadowTexture } from './shadowTexture'
import { within, type Cull } from './culling'
import { fadeAttribute, withFade } from './fade'
import { usePlan } from './usePlan'

const scratch = new Object3D()
const point = new Vector3()
const SWITCH_SECONDS = 1.4
/** Height of a faded pavilion, as a share of its own. */
const FADED_HEIGHT = 0.45
/** Levels of detail, in mesh order: the full form, then the block. */
const LODS = ['form', 'block'] as const

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
  /** Per level of detail, per field: the geometry. */
  const forms = useMemo(
    () =>
      [pavilionForm, pavilionBlock].map((make) =>
        FIELDS.map((f) => make(f, fields.get(f)?.colour ?? '#888888')),
      ),
    [fields],
  )
  const shadow = useMemo(() => shadowTexture(), [])
  useEffect(() => () => forms.flat().forEach((form) => form.dispose()), [forms])
  useEffect(() => () => shadow.dispose(), [shadow])
  /** Per level of detail, per field: the instanced mesh. */
  const meshes = useRef<(InstancedMesh | null)[][]>(LODS.map(() => []))
  /** Pavilions drawn in full at the last write (for the hysteresis). */
  const near = useRef(new Set<string>())
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

  /** Per level of detail, per field: the cities in its instance buffer, in order (for picking). */
  const drawn = useRef<CitySummary[][][]>(LODS.map(() => []))
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
    const camera = cull.camera
    FIELDS.forEach((field, f) => {
      const lists: CitySummary[][] = LODS.map(() => [])
      const targets = LODS.map((_, lod) => {
        const mesh = meshes.current[lod]?.[f] ?? null
        return { mesh, fade: mesh ? fadeAttribute(mesh.geometry, mesh.instanceMatrix.count) : null }
      })
      for (const city of byField.get(field) ?? []) {
        const to = plan.placements.get(city.id)
        const from = motion.current?.from.get(city.id) ?? to
        if (!to || !from) continue
        // Beyond the fog nothing is drawn; during a layout switch everything moves, so all are.
        if (!motion.current && !within(cull, to.x, to.z, 12)) continue
        const lit = !selection.narrowed || selection.cityIds.has(city.id)
        const base = pavilionSize(city.initiatives.length, mode)
        const size = city.id === openCity ? 0.0001 : base * (city.id === hovered ? 1.06 : 1)
        const x = from.x + (to.x - from.x) * k
        const z = from.z + (to.z - from.z) * k
        const full = isNear(cameraDistance(camera, x, z), base, near.current.has(city.id))
        if (full) near.current.add(city.id)
        else near.current.delete(city.id)
        const lod = full ? 0 : 1
        const { mesh, fade } = targets[lod] ?? {}
        const i = (lists[lod]?.push(city) ?? 0) - 1
        scratch.position.set(x, 0, z)
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
      targets.forEach(({ mesh, fade }, lod) => {
        const list = lists[lod] ?? []
        const level = drawn.current[lod]
        if (level) level[f] = list
        if (fade) fade.needsUpdate = true
        if (mesh) {
          mesh.count = list.length
          mesh.instanceMatrix.needsUpdate = true
          // Not frustum-culled: the bounds only serve picking, which computes them when needed.
          mesh.boundingSphere = null
        }
      })
    })
    if (shadows.current) {
      shadows.current.count = s
      shadows.current.instanceMatrix.needsUpdate = true
    }
  }

  useLayoutEffect(() => {
    write(motion.current ? (performance.now() - motion.current.start) / (SWITCH_SECONDS * 1000) : 1)
    stats.pavilions = countDrawn(drawn.current)
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
      stats.pavilions = countDrawn(drawn.current)
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
    const { field, lod } = event.object.userData as { field?: FieldId; lod?: number }
    const f = field ? FIELDS.indexOf(field) : -1
    return f >= 0 && event.instanceId !== undefined
      ? drawn.current[lod ?? 0]?.[f]?.[event.instanceId]
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
      {LODS.map((level, lod) =>
        FIELDS.map((field, f) => {
          const count = Math.max(1, byField.get(field)?.length ?? 0)
          const geometry = forms[lod]?.[f]
          return geometry ? (
            <instancedMesh
              key={`${level}-${field}-${count}`}
              ref={(mesh) => {
                const level = meshes.current[lod]
                if (level) level[f] = mesh
              }}
              args={[geometry, undefined, count]}
              userData={{ field, lod }}
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
          ) : null
        }),
      )}
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

/** Pavilions written into the instance buffers, all levels of detail together. */
function countDrawn(drawn: CitySummary[][][]): number {
  let n = 0
  for (const level of drawn) for (const list of level) n += list.length
  return n
}

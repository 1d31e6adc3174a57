import { useEffect, useMemo } from 'react'
import { pavingGeometry, worldGeometry } from './paving'
import { usePlan } from './usePlan'
import { useExpo } from '../state/useExpo'

/** The warm ground, the petals of the districts and the plaza (or the world map). */
export function GroundPlan() {
  const { plan, mode } = usePlan()
  const fields = useExpo((s) => s.catalogue?.fields)
  const radius = Math.max(plan.radius, 160)
  const paving = useMemo(
    () =>
      mode === 'world'
        ? worldGeometry()
        : pavingGeometry(
            (fields ?? []).map((f) => f.colour),
            radius,
          ),
    [fields, radius, mode],
  )
  // A new plan or layout builds new paving: the old one's GPU buffers go with it.
  useEffect(() => () => paving.dispose(), [paving])
  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} position-y={-0.02}>
        <circleGeometry args={[mode === 'world' ? 2400 : radius + 400, 96]} />
        <meshLambertMaterial color="#F4EFE6" />
      </mesh>
      <mesh geometry={paving}>
        <meshLambertMaterial vertexColors />
      </mesh>
    </group>
  )
}

import { useMemo } from 'react'
import { planGround, PLAZA_RADIUS } from '../layout/ground'
import { useExpo } from '../state/useExpo'

/** The warm ground disc and the central plaza. */
export function Ground() {
  const cities = useExpo((s) => s.catalogue?.cities)
  const radius = useMemo(() => planGround(cities ?? []).radius, [cities])
  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} position-y={-0.05}>
        <circleGeometry args={[radius + 60, 96]} />
        <meshLambertMaterial color="#F7F3EC" />
      </mesh>
      <mesh rotation-x={-Math.PI / 2} position-y={0}>
        <circleGeometry args={[PLAZA_RADIUS, 64]} />
        <meshLambertMaterial color="#E9E0D0" />
      </mesh>
    </group>
  )
}

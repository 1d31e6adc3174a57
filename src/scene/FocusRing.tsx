import { pavilionSize } from '../layout/plan'
import { selectCity } from '../state/derived'
import { useExpo } from '../state/useExpo'
import { usePlan } from './usePlan'

export interface FocusRingProps {
  cityId: string
  soft?: boolean
}

/** A ring on the ground around the pavilion with focus (ink) or under the pointer (soft). */
export function FocusRing({ cityId, soft = false }: FocusRingProps) {
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

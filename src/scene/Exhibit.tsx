import { useExpoStore } from '../state/useExpo'
import { usePosterTexture } from './usePosterTexture'

export interface ExhibitProps {
  cityId: string
  initiativeId: string
  /** Poster centre in the pavilion's frame, m. */
  position: [number, number, number]
  rotation: number
  selected: boolean
  /** Left out by the filters or the search: shown greyed, still reachable. */
  dimmed?: boolean
}

/** One exhibit: its poster on a stand at eye height. Click to look at it closely. */
export function Exhibit({
  cityId,
  initiativeId,
  position,
  rotation,
  selected,
  dimmed = false,
}: ExhibitProps) {
  const store = useExpoStore()
  const poster = usePosterTexture(initiativeId)
  const [x, y, z] = position
  return (
    <group position={[x, 0, z]} rotation-y={rotation}>
      <mesh position={[0, y / 2 - 0.3, -0.08]}>
        <boxGeometry args={[0.12, y - 0.6, 0.12]} />
        <meshLambertMaterial color="#D8CCB8" />
      </mesh>
      <mesh position={[0, y, -0.03]}>
        <boxGeometry args={[1.28, 1.58, 0.05]} />
        <meshLambertMaterial color={selected ? '#1B1B1F' : '#FFFDF9'} />
      </mesh>
      <mesh
        position={[0, y, 0]}
        onClick={(event) => {
          event.stopPropagation()
          store.getState().goTo({ name: 'initiative', cityId, initiativeId })
        }}
      >
        <planeGeometry args={[1.2, 1.5]} />
        {/* A new material once the poster arrives: a map added later needs a new shader. */}
        <meshBasicMaterial
          key={poster ? 'poster' : 'blank'}
          map={poster}
          color={poster ? (dimmed ? '#8F8A82' : '#FFFFFF') : '#E9E1D3'}
          transparent={dimmed}
          opacity={dimmed ? 0.55 : 1}
          toneMapped={false}
        />
      </mesh>
    </group>
  )
}

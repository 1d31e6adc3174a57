/**
 * The inside of the open pavilion: a round room, open to the sky like a maquette, with one exhibit
 * per initiative on a stand along its back wall, a page of stands at a time (layout/interior.ts;
 * the pager beside the view and PageUp/PageDown turn them); exhibits the filters leave out are
 * dimmed. Mounted only for the pavilion in the address.
 */
import { useContext, useEffect, useMemo } from 'react'
import { CylinderGeometry } from 'three'
import { pageRange, placeExhibits, roomRadius } from '../layout/interior'
import { FrameStatsContext } from '../state/FrameStatsContext'
import { selectCity, selectField, selectSelection } from '../state/derived'
import { selectInitiativeId } from '../state/selectors'
import { selectStands } from '../state/stands'
import { useExpo, useExpoStore } from '../state/useExpo'
import { Exhibit } from './Exhibit'
import { usePlan } from './usePlan'

export interface InteriorProps {
  cityId: string
}

export function Interior({ cityId }: InteriorProps) {
  const store = useExpoStore()
  const stats = useContext(FrameStatsContext)
  const city = useExpo((s) => selectCity(s, cityId))
  const colour = useExpo((s) => selectField(s, city?.field)?.colour ?? '#5A5A66')
  const selection = useExpo(selectSelection)
  const selected = useExpo(selectInitiativeId)
  const { plan } = usePlan()
  const place = plan.placements.get(cityId)
  const count = city?.initiatives.length ?? 0
  const radius = roomRadius(count)
  const wall = useMemo(
    () =>
      new CylinderGeometry(
        radius,
        radius,
        2.6,
        40,
        1,
        true,
        Math.PI / 2 + 0.35,
        Math.PI * 2 - 0.7,
      ).translate(0, 1.3, 0),
    [radius],
  )
  useEffect(() => () => wall.dispose(), [wall])
  const page = useExpo((s) => selectStands(s, cityId).page)
  const { start, size } = pageRange(count, page)
  const exhibits = useMemo(() => placeExhibits(size), [size])
  const shown = useMemo(
    () => (city?.initiatives ?? []).slice(start, start + size),
    [city, start, size],
  )
  // The page shown is the page kept: stepping back from an exhibit stays on its page.
  useEffect(() => store.getState().setStands(cityId, page), [store, cityId, page])
  useEffect(() => {
    stats.exhibits = shown.map((i) => i.id)
    return () => {
      stats.exhibits = []
    }
  }, [stats, shown])
  if (!city || !place) return null
  return (
    <group position={[place.x, 0, place.z]} rotation-y={place.rotation}>
      <mesh rotation-x={-Math.PI / 2} position-y={0.06} receiveShadow={false}>
        <circleGeometry args={[radius + 0.6, 48]} />
        <meshLambertMaterial color="#EDE4D5" />
      </mesh>
      <mesh rotation-x={-Math.PI / 2} position-y={0.07}>
        <ringGeometry args={[radius + 0.1, radius + 0.6, 48]} />
        <meshLambertMaterial color={colour} />
      </mesh>
      <mesh geometry={wall}>
        <meshStandardMaterial color="#FBF8F2" roughness={0.95} side={2} />
      </mesh>
      <mesh position={[0, 0.25, 0.8]}>
        <boxGeometry args={[2.4, 0.45, 0.55]} />
        <meshLambertMaterial color="#C9B79C" />
      </mesh>
      {shown.map((initiative, i) => {
        const at = exhibits[i]
        return at ? (
          <Exhibit
            key={initiative.id}
            cityId={city.id}
            initiativeId={initiative.id}
            position={[at.x, at.y, at.z]}
            rotation={at.rotation}
            selected={selected === initiative.id}
            dimmed={selection.narrowed && !selection.initiativeIds.has(initiative.id)}
          />
        ) : null
      })}
    </group>
  )
}

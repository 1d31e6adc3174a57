/**
 * Moves the camera to the pose of the route (layout/poses.ts): an eased flight of about a
 * second, or a cut when the visitor prefers reduced motion. The orbit controls stay the
 * visitor's between flights; grabbing them cancels a flight.
 */
import { useEffect, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type { OrbitLike } from './controlsType'
import { flightSeconds, lerpPose, poseFor, type Pose, type PoseRequest } from '../layout/poses'
import { selectCity, selectSelection } from '../state/derived'
import { selectCityId } from '../state/selectors'
import { useExpo, useExpoStore } from '../state/useExpo'
import { usePlan } from './usePlan'
import { stepBack } from './visibleArea'

function usePoseRequest(): PoseRequest {
  const place = useExpo((s) => s.route.place)
  const city = useExpo((s) => selectCity(s, selectCityId(s)))
  const focused = useExpo((s) => s.focusedCityId)
  const selection = useExpo(selectSelection)
  if (!city || (place.name !== 'city' && place.name !== 'initiative')) {
    if (focused) return { name: 'focus', cityId: focused }
    // Filters on: frame what they select (all of it, or nothing, is the ground's own view).
    if (selection.narrowed && selection.cities.length > 0)
      return { name: 'matches', cityIds: selection.cities }
    return { name: 'ground' }
  }
  if (place.name === 'city')
    return { name: 'city', cityId: city.id, exhibits: city.initiatives.length }
  const index = city.initiatives.findIndex((i) => i.id === place.initiativeId)
  return index < 0
    ? { name: 'city', cityId: city.id, exhibits: city.initiatives.length }
    : { name: 'initiative', cityId: city.id, exhibits: city.initiatives.length, index }
}

export function CameraRig() {
  const store = useExpoStore()
  const camera = useThree((s) => s.camera)
  const controls = useThree((s) => s.controls) as unknown as OrbitLike | null
  const invalidate = useThree((s) => s.invalidate)
  const reducedMotion = useExpo((s) => s.reducedMotion)
  const { plan } = usePlan()
  const request = usePoseRequest()
  const recall = useExpo((s) => s.recall)
  const panelOpen = useExpo((s) => s.panelOpen)
  const size = useThree((s) => s.size)
  // Rounded, so a resize by a few pixels does not start a flight.
  const back = Math.round(stepBack(size.width, size.height, panelOpen) * 10) / 10
  const key = JSON.stringify(request)
  const flight = useRef<{ from: Pose; to: Pose; start: number; seconds: number } | null>(null)
  const first = useRef(true)

  useEffect(() => {
    if (!controls) return
    const to = poseFor(JSON.parse(key) as PoseRequest, plan, back)
    const from: Pose = {
      position: { x: camera.position.x, y: camera.position.y, z: camera.position.z },
      target: { x: controls.target.x, y: controls.target.y, z: controls.target.z },
    }
    if (first.current || reducedMotion) {
      // A deep link lands exactly on its pose; reduced motion cuts.
      camera.position.set(to.position.x, to.position.y, to.position.z)
      controls.target.set(to.target.x, to.target.y, to.target.z)
      controls.update()
      flight.current = null
    } else {
      flight.current = { from, to, start: performance.now(), seconds: flightSeconds(from, to) }
    }
    first.current = false
    invalidate()
  }, [key, recall, back, plan, controls, camera, reducedMotion, invalidate])

  useEffect(() => {
    if (!controls) return
    const grab = () => {
      flight.current = null
      if (store.getState().route.params.tour) store.getState().setTourPaused(true)
    }
    controls.addEventListener('start', grab)
    return () => controls.removeEventListener('start', grab)
  }, [controls, store])

  useFrame(() => {
    const f = flight.current
    if (!f || !controls) return
    const t = (performance.now() - f.start) / (f.seconds * 1000)
    const pose = lerpPose(f.from, f.to, t)
    camera.position.set(pose.position.x, pose.position.y, pose.position.z)
    controls.target.set(pose.target.x, pose.target.y, pose.target.z)
    controls.update()
    if (t >= 1) flight.current = null
    else invalidate()
  })
  return null
}

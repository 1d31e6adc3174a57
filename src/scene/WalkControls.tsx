/**
 * Walking at eye level: WASD or the arrow keys (Shift to hurry), or the on-screen joystick.
 * No pointer lock: dragging still looks around. Moves camera and orbit target together.
 */
import { useContext, useEffect, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { Vector3 } from 'three'
import { LiveInputContext } from '../state/FrameStatsContext'
import { useExpo } from '../state/useExpo'
import type { OrbitLike } from './controlsType'

const EYE = 1.7
/** Walking speed, m/s. */
const SPEED = 9
const forward = new Vector3()
const right = new Vector3()
const KEYS: Record<string, [number, number]> = {
  KeyW: [0, 1],
  ArrowUp: [0, 1],
  KeyS: [0, -1],
  ArrowDown: [0, -1],
  KeyA: [-1, 0],
  ArrowLeft: [-1, 0],
  KeyD: [1, 0],
  ArrowRight: [1, 0],
}

export interface WalkControlsProps {
  /** The element whose key presses drive the walk (the focusable canvas wrapper). */
  target: HTMLElement | null
}

export function WalkControls({ target }: WalkControlsProps) {
  const live = useContext(LiveInputContext)
  const walking = useExpo((s) => s.walking)
  const camera = useThree((s) => s.camera)
  const controls = useThree((s) => s.controls) as unknown as OrbitLike | null
  const invalidate = useThree((s) => s.invalidate)
  const held = useRef(new Set<string>())
  const hurry = useRef(false)
  const last = useRef(0)

  // Step down to eye level where the camera is looking.
  useEffect(() => {
    if (!walking || !controls) return
    const t = controls.target
    forward.set(t.x - camera.position.x, 0, t.z - camera.position.z).normalize()
    camera.position.set(t.x - forward.x * 8, EYE, t.z - forward.z * 8)
    controls.target.set(t.x, EYE, t.z)
    controls.update()
    invalidate()
  }, [walking, controls, camera, invalidate])

  useEffect(() => {
    if (!target || !walking) return
    const keys = held.current
    const down = (event: KeyboardEvent) => {
      if (!(event.code in KEYS)) return
      event.preventDefault()
      keys.add(event.code)
      hurry.current = event.shiftKey
      last.current = performance.now()
      invalidate()
    }
    const up = (event: KeyboardEvent) => keys.delete(event.code)
    const clear = () => keys.clear()
    target.addEventListener('keydown', down)
    target.addEventListener('keyup', up)
    target.addEventListener('blur', clear)
    return () => {
      target.removeEventListener('keydown', down)
      target.removeEventListener('keyup', up)
      target.removeEventListener('blur', clear)
      keys.clear()
    }
  }, [target, walking, invalidate])

  useEffect(() => {
    live.wake = () => {
      last.current = performance.now()
      invalidate()
    }
  }, [live, invalidate])

  useFrame(() => {
    if (!walking || !controls) return
    let x = live.joystick.x
    let y = live.joystick.y
    for (const code of held.current) {
      const [kx, ky] = KEYS[code] ?? [0, 0]
      x += kx
      y += ky
    }
    const now = performance.now()
    const dt = Math.min(0.1, (now - last.current) / 1000)
    last.current = now
    if (x === 0 && y === 0) return
    forward
      .set(controls.target.x - camera.position.x, 0, controls.target.z - camera.position.z)
      .normalize()
    right.set(-forward.z, 0, forward.x)
    const step = SPEED * (hurry.current ? 3 : 1) * dt
    const dx = (forward.x * y + right.x * x) * step
    const dz = (forward.z * y + right.z * x) * step
    camera.position.x += dx
    camera.position.z += dz
    controls.target.x += dx
    controls.target.z += dz
    controls.update()
    invalidate()
  })
  return null
}

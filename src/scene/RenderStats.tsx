import { useFrame, useThree } from '@react-three/fiber'
import { useContext, useEffect } from 'react'
import { FrameStatsContext } from '../state/FrameStatsContext'
import type { OrbitLike } from './controlsType'

/**
 * Takes over rendering (priority 1) so it can read the renderer's counters right after each
 * frame; the test hooks and the benchmark read them from the shared stats object.
 */
export function RenderStats() {
  const stats = useContext(FrameStatsContext)
  const get = useThree((s) => s.get)
  useEffect(() => {
    // With frames on demand, r3f counts the frames still asked for.
    stats.scheduled = () => get().internal.frames > 0
    return () => {
      stats.scheduled = () => false
    }
  }, [stats, get])
  useFrame(({ gl, scene, camera, controls }) => {
    gl.render(scene, camera)
    const { render, memory } = gl.info
    stats.renderer.calls = render.calls
    stats.renderer.triangles = render.triangles
    stats.renderer.geometries = memory.geometries
    stats.renderer.textures = memory.textures
    stats.frames++
    const now = performance.now()
    // Only back-to-back frames (an animation) count as frame time; a frame after idle does not.
    if (now - stats.lastFrameAt < 250) {
      stats.frameTimes.push(now - stats.lastFrameAt)
      if (stats.frameTimes.length > 600) stats.frameTimes.shift()
    }
    stats.lastFrameAt = now
    camera.position.toArray(stats.pose.position)
    const target = (controls as unknown as OrbitLike | null)?.target
    if (target) target.toArray(stats.pose.target)
    stats.firstFrameAt ??= performance.now()
  }, 1)
  return null
}

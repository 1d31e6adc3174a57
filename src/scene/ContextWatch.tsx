/**
 * Tells the store when the browser takes the WebGL context away (a GPU reset, too many contexts)
 * and when it gives it back: the overlay says so and offers the pages meanwhile; three.js
 * rebuilds what it needs on restore, and the next frame is requested at once.
 */
import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { useExpoStore } from '../state/useExpo'

export function ContextWatch() {
  const store = useExpoStore()
  const canvas = useThree((s) => s.gl.domElement)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const lost = (event: Event) => {
      // Without preventDefault the browser never restores the context.
      event.preventDefault()
      store.getState().setContextLost(true)
    }
    const restored = () => {
      store.getState().setContextLost(false)
      invalidate()
    }
    canvas.addEventListener('webglcontextlost', lost)
    canvas.addEventListener('webglcontextrestored', restored)
    return () => {
      canvas.removeEventListener('webglcontextlost', lost)
      canvas.removeEventListener('webglcontextrestored', restored)
      store.getState().setContextLost(false)
    }
  }, [canvas, invalidate, store])
  return null
}

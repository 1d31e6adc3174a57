import { useMemo } from 'react'
import { BackSide, Color, Float32BufferAttribute, SphereGeometry } from 'three'

const ZENITH = new Color('#BFD3E6')
const HORIZON = new Color('#F4EEE4')

/** A soft afternoon sky: a dome shaded from pale blue to warm haze, no texture, one draw call. */
export function Sky() {
  const geometry = useMemo(() => {
    const g = new SphereGeometry(4000, 24, 12)
    const position = g.getAttribute('position')
    const colours = new Float32Array(position.count * 3)
    const c = new Color()
    for (let i = 0; i < position.count; i++) {
      const h = Math.max(0, position.getY(i) / 4000)
      c.copy(HORIZON)
        .lerp(ZENITH, Math.pow(h, 0.6))
        .toArray(colours, i * 3)
    }
    g.setAttribute('color', new Float32BufferAttribute(colours, 3))
    return g
  }, [])
  return (
    <mesh geometry={geometry} renderOrder={-1}>
      <meshBasicMaterial vertexColors side={BackSide} fog={false} depthWrite={false} />
    </mesh>
  )
}

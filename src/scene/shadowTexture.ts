import { CanvasTexture } from 'three'

/** A soft round shadow, drawn once on a small canvas: shadows that cost nothing per frame. */
export function shadowTexture(): CanvasTexture {
  const size = 64
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = size
  const context = canvas.getContext('2d')
  if (context) {
    const gradient = context.createRadialGradient(
      size / 2,
      size / 2,
      0,
      size / 2,
      size / 2,
      size / 2,
    )
    gradient.addColorStop(0, 'rgba(60, 45, 30, 0.42)')
    gradient.addColorStop(0.55, 'rgba(60, 45, 30, 0.2)')
    gradient.addColorStop(1, 'rgba(60, 45, 30, 0)')
    context.fillStyle = gradient
    context.fillRect(0, 0, size, size)
  }
  return new CanvasTexture(canvas)
}

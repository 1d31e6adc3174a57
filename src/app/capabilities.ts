/**
 * What this device can draw. `webgl`: any WebGL2 context at all (software included, which is
 * how tests see it). `autoView`: 3D only where it will run well (no software renderer).
 */
export function detectCapabilities(): {
  webgl: boolean
  autoView: '2d' | '3d'
  reducedMotion: boolean
} {
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
  let webgl = false
  let software = true
  try {
    const gl = document.createElement('canvas').getContext('webgl2')
    if (gl) {
      webgl = true
      const info = gl.getExtension('WEBGL_debug_renderer_info')
      const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : ''
      software = /swiftshader|llvmpipe|software|basic render/i.test(renderer)
      gl.getExtension('WEBGL_lose_context')?.loseContext()
    }
  } catch {
    webgl = false
  }
  return { webgl, autoView: webgl && !software ? '3d' : '2d', reducedMotion }
}

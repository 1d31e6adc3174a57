/**
 * "Fade back" for instanced pavilions that the filters leave out: a per-instance `fade`
 * attribute (0 lit, 1 faded) mixes the surface towards the paper colour of the ground, so the
 * matches stand out without any extra draw call (the same instanced meshes, one more attribute).
 */
import { InstancedBufferAttribute, type BufferGeometry, type MeshStandardMaterial } from 'three'

/** The ground's paper colour (DESIGN.md #F7F3EC), slightly darker so faded forms keep a shape. */
const PAPER = 'vec3(0.88, 0.86, 0.82)'

export function fadeAttribute(geometry: BufferGeometry, count: number): InstancedBufferAttribute {
  const current = geometry.getAttribute('fade')
  if (current instanceof InstancedBufferAttribute && current.count >= count) return current
  const attribute = new InstancedBufferAttribute(new Float32Array(Math.max(1, count)), 1)
  geometry.setAttribute('fade', attribute)
  return attribute
}

export function withFade(material: MeshStandardMaterial): void {
  material.customProgramCacheKey = () => 'expo-fade'
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nattribute float fade;\nvarying float vFade;',
      )
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvFade = fade;')
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying float vFade;')
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>\ndiffuseColor.rgb = mix(diffuseColor.rgb, ${PAPER}, vFade * 0.75);`,
      )
  }
}

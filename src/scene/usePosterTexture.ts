import { useContext, useEffect, useState } from 'react'
import { SRGBColorSpace, TextureLoader, type Texture } from 'three'
import { useThree } from '@react-three/fiber'
import { FrameStatsContext } from '../state/FrameStatsContext'
import { track } from '../state/frameStats'

const loader = new TextureLoader()

/** Loads an exhibit's poster as a texture without suspending the scene; null until ready. */
export function usePosterTexture(initiativeId: string): Texture | null {
  const invalidate = useThree((s) => s.invalidate)
  const stats = useContext(FrameStatsContext)
  const [texture, setTexture] = useState<Texture | null>(null)
  useEffect(() => {
    let live = true
    let loaded: Texture | null = null
    const url = `assets/generated/posters/${initiativeId}.svg`
    void track(stats, 'posters', loader.loadAsync(url)).then(
      (t) => {
        t.colorSpace = SRGBColorSpace
        t.anisotropy = 4
        loaded = t
        if (live) {
          setTexture(t)
          invalidate()
        } else t.dispose()
      },
      () => {
        // A missing poster leaves a blank panel; the 2D panel still shows the exhibit.
      },
    )
    return () => {
      live = false
      loaded?.dispose()
    }
  }, [initiativeId, invalidate, stats])
  return texture
}

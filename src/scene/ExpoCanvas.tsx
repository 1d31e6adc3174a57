/**
 * The 3D ground: a lazily loaded chunk. A projection of the store: where things are comes from
 * layout/, what is selected from the route. Renders on demand only.
 */
import { Canvas } from '@react-three/fiber'
import { OrbitControls } from '@react-three/drei'
import { useTranslation } from 'react-i18next'
import { useExpo } from '../state/useExpo'
import { Ground } from './Ground'
import { Pavilions } from './Pavilions'
import { RenderStats } from './RenderStats'

export default function ExpoCanvas() {
  const { t } = useTranslation()
  const count = useExpo((s) => s.catalogue?.cities.length ?? 0)
  return (
    <div className="canvas-wrap" role="img" aria-label={t('scene.label', { count })}>
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ position: [0, 260, 320], fov: 40, near: 1, far: 5000 }}
        gl={{ antialias: true, powerPreference: 'high-performance' }}
      >
        <color attach="background" args={['#EFE8DC']} />
        <fog attach="fog" args={['#EFE8DC', 600, 2200]} />
        <hemisphereLight args={['#FFFFFF', '#D9CBB4', 1.6]} />
        <directionalLight position={[120, 200, 80]} intensity={1.6} />
        <Ground />
        <Pavilions />
        <OrbitControls
          makeDefault
          enableDamping={false}
          minDistance={30}
          maxDistance={1600}
          maxPolarAngle={Math.PI * 0.45}
        />
        <RenderStats />
      </Canvas>
    </div>
  )
}

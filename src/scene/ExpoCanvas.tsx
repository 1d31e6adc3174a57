/**
 * The 3D ground: a lazily loaded chunk. A projection of the store: where things are comes from
 * layout/, what the camera looks at from the route. Renders on demand only: nothing is drawn
 * while nothing moves.
 */
import { useState } from 'react'
import { Canvas } from '@react-three/fiber'
import { OrbitControls } from '@react-three/drei'
import { useTranslation } from 'react-i18next'
import { selectCityId } from '../state/selectors'
import { useExpo, useExpoStore } from '../state/useExpo'
import { AdaptiveFog } from './AdaptiveFog'
import { CameraRig } from './CameraRig'
import { ContextWatch } from './ContextWatch'
import { createCull } from './culling'
import { GroundPlan } from './GroundPlan'
import { Land } from './Land'
import { Interior } from './Interior'
import { Labels } from './Labels'
import { LiveCamera } from './LiveCamera'
import { Markers } from './Markers'
import { Pavilions } from './Pavilions'
import { RenderStats } from './RenderStats'
import { Sky } from './Sky'
import { Trees } from './Trees'
import { usePlan } from './usePlan'
import { ViewOffset } from './ViewOffset'
import { useSceneKeys } from './useSceneKeys'
import { WalkControls } from './WalkControls'
import { WelcomePavilion } from './WelcomePavilion'

export default function ExpoCanvas() {
  const { t } = useTranslation()
  const count = useExpo((s) => s.catalogue?.cities.length ?? 0)
  const openCity = useExpo(selectCityId)
  const walking = useExpo((s) => s.walking)
  const interactive = useExpo((s) => s.interactive)
  const store = useExpoStore()
  const { plan, mode } = usePlan()
  const onKeyDown = useSceneKeys()
  const [wrapper, setWrapper] = useState<HTMLDivElement | null>(null)
  const [cull] = useState(createCull)
  return (
    <div
      ref={setWrapper}
      className="canvas-wrap"
      role="application"
      aria-roledescription={t('scene.role')}
      aria-label={t('scene.label', { count })}
      aria-describedby="scene-keys"
      tabIndex={0}
      onKeyDown={(event) => {
        // In an embed, Escape on the ground hands the page back: no more wheel and drag.
        const state = store.getState()
        if (
          event.key === 'Escape' &&
          state.embedded &&
          state.route.place.name === 'ground' &&
          !state.focusedCityId
        ) {
          state.setInteractive(false)
          event.currentTarget.blur()
          return
        }
        onKeyDown(event)
      }}
      onPointerDown={() => store.getState().setInteractive(true)}
      onFocus={() => store.getState().setInteractive(true)}
      onBlur={() => {
        if (store.getState().embedded) store.getState().setInteractive(false)
      }}
      data-interactive={interactive || undefined}
    >
      <Canvas
        frameloop="demand"
        dpr={[1, 1.75]}
        camera={{ position: [0, 300, 260], fov: 40, near: 0.5, far: 9000 }}
        gl={{ antialias: true, powerPreference: 'high-performance' }}
        onPointerMissed={() => undefined}
      >
        <color attach="background" args={['#F1EADF']} />
        <fog
          attach="fog"
          args={['#EFE7DA', Math.max(400, plan.radius * 1.4), Math.max(1600, plan.radius * 4)]}
        />
        <hemisphereLight args={['#FFFFFF', '#D8C9B0', 1.9]} />
        <directionalLight position={[140, 220, 90]} intensity={1.5} color="#FFF4E2" />
        <Sky />
        <GroundPlan />
        {mode === 'districts' ? <WelcomePavilion /> : <Land />}
        <Trees />
        <Markers cull={cull} />
        <Pavilions cull={cull} />
        <Labels />
        {openCity ? <Interior cityId={openCity} /> : null}
        <OrbitControls
          makeDefault
          enabled={interactive}
          enableDamping={false}
          minDistance={walking ? 0.5 : 3}
          maxDistance={Math.max(900, plan.radius * 3)}
          maxPolarAngle={walking ? Math.PI * 0.5 : Math.PI * 0.47}
          screenSpacePanning={false}
        />
        <ViewOffset />
        <AdaptiveFog cull={cull} />
        <CameraRig />
        <WalkControls target={wrapper} />
        <LiveCamera />
        <RenderStats />
        <ContextWatch />
      </Canvas>
    </div>
  )
}

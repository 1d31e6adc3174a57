/**
 * What lies over the 3D view: its status line, controls, minimap, first-visit hints, the embed's
 * "click to explore" word and the touch joystick while walking. A chunk of its own, loaded with
 * the 3D view, so the 2D first screen does not carry it.
 */
import { useTranslation } from 'react-i18next'
import { useExpo } from '../state/useExpo'
import { Hints } from './Hints'
import { Joystick } from './Joystick'
import { Minimap } from './Minimap'
import { SceneControls } from './SceneControls'
import { SceneStatus } from './SceneStatus'
import { StandsPager } from './StandsPager'

export default function SceneOverlay() {
  const { t } = useTranslation()
  const embedded = useExpo((s) => s.embedded)
  const interactive = useExpo((s) => s.interactive)
  const walking = useExpo((s) => s.walking)
  const full = embedded?.controls !== 'minimal'
  const touch = window.matchMedia?.('(pointer: coarse)').matches ?? false
  return (
    <>
      <SceneStatus />
      {full ? <SceneControls /> : null}
      {full ? <Minimap /> : null}
      {full ? <StandsPager /> : null}
      {embedded ? null : <Hints />}
      {embedded && !interactive ? (
        <p className="embed-idle" aria-hidden="true">
          {t('embed.activate')}
        </p>
      ) : null}
      {walking && touch ? <Joystick /> : null}
    </>
  )
}

import { useTranslation } from 'react-i18next'
import { useExpo, useExpoStore } from '../state/useExpo'

/**
 * Buttons beside the 3D view: the panel, walking, the arrangement (districts or world), and in
 * a pavilion with many exhibits, its pages of stands.
 */
export function SceneControls() {
  const { t } = useTranslation()
  const store = useExpoStore()
  const panelOpen = useExpo((s) => s.panelOpen)
  const walking = useExpo((s) => s.walking)
  const world = useExpo((s) => s.route.params.layout === 'world')
  const state = store.getState
  return (
    <div className="scene-controls" role="toolbar" aria-label={t('controls.label')}>
      <button type="button" aria-pressed={walking} onClick={() => state().setWalking(!walking)}>
        {walking ? t('controls.stopWalking') : t('controls.walk')}
      </button>
      <div className="segmented" role="group" aria-label={t('controls.layout')}>
        <button
          type="button"
          aria-pressed={!world}
          onClick={() => state().setParams({ layout: undefined })}
        >
          {t('controls.districts')}
        </button>
        <button
          type="button"
          aria-pressed={world}
          onClick={() => state().setParams({ layout: 'world' })}
        >
          {t('controls.world')}
        </button>
      </div>
      <button
        type="button"
        aria-expanded={panelOpen}
        aria-controls="main"
        onClick={() => state().setPanelOpen(!panelOpen)}
      >
        {panelOpen ? t('controls.hidePanel') : t('controls.showPanel')}
      </button>
    </div>
  )
}

import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { selectView } from '../state/selectors'
import { useExpo } from '../state/useExpo'
import { Header } from './Header'
import { Hints } from './Hints'
import { Joystick } from './Joystick'
import { Minimap } from './Minimap'
import { SceneControls } from './SceneControls'
import { SceneStatus } from './SceneStatus'
import { TourBar } from './TourBar'
import { NoticeBar } from './NoticeBar'
import { Page } from './Page'

export interface ShellProps {
  chrome: boolean
  /** The 3D stage, supplied by the app so that ui/ never imports the scene. */
  stage: ReactNode
}

export function Shell({ chrome, stage }: ShellProps) {
  const { t } = useTranslation()
  const view = useExpo(selectView)
  const status = useExpo((s) => s.catalogueStatus)
  const panelOpen = useExpo((s) => s.panelOpen)
  const walking = useExpo((s) => s.walking)
  const touch =
    typeof window !== 'undefined' && (window.matchMedia?.('(pointer: coarse)').matches ?? false)
  return (
    <div className="shell" data-view={view} data-panel={panelOpen ? 'open' : 'closed'}>
      <button
        type="button"
        className="skip-link"
        onClick={() => document.getElementById('main')?.focus()}
      >
        {t('app.skipToContent')}
      </button>
      {chrome ? <Header /> : null}
      <NoticeBar />
      <div className="stage">
        {stage}
        {view === '3d' && status === 'ready' ? (
          <>
            <SceneStatus />
            <SceneControls />
            <Minimap />
            <Hints />
            {walking && touch ? <Joystick /> : null}
          </>
        ) : null}
        {status === 'ready' ? <TourBar /> : null}
        <main id="main" className="page" tabIndex={-1}>
          {status === 'loading' ? <p className="status">{t('app.loading')}</p> : null}
          {status === 'failed' ? (
            <p className="status status--error">{t('app.loadFailed')}</p>
          ) : null}
          {status === 'ready' ? <Page /> : null}
        </main>
      </div>
    </div>
  )
}

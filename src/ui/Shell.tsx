import { useEffect, useState, type ReactNode } from 'react'
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
import { UpdateNotice } from './UpdateNotice'
import { Page } from './Page'
import { Boundary } from './Boundary'
import { PartFailed } from './PartFailed'
import { EmbedBar } from './EmbedBar'
import { EmbedCompact } from './EmbedCompact'

/** A frame smaller than this (px) shows the compact card instead of the exhibition. */
const COMPACT = { width: 480, height: 360 }

function useCompact(embedded: boolean): boolean {
  const small = () =>
    typeof window !== 'undefined' &&
    (window.innerWidth < COMPACT.width || window.innerHeight < COMPACT.height)
  const [compact, setCompact] = useState(() => embedded && small())
  useEffect(() => {
    if (!embedded) return
    const update = () => setCompact(small())
    window.addEventListener('resize', update)
    return () => window.removeEventListener('resize', update)
  }, [embedded])
  return compact
}

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
  const embedded = useExpo((s) => s.embedded)
  const interactive = useExpo((s) => s.interactive)
  const contextLost = useExpo((s) => s.contextLost)
  const compact = useCompact(Boolean(embedded))
  const full = embedded?.controls !== 'minimal'
  const touch =
    typeof window !== 'undefined' && (window.matchMedia?.('(pointer: coarse)').matches ?? false)
  if (compact && status === 'ready') return <EmbedCompact />
  return (
    <div
      className="shell"
      data-view={view}
      data-panel={panelOpen ? 'open' : 'closed'}
      data-embedded={embedded ? embedded.controls : undefined}
    >
      <button
        type="button"
        className="skip-link"
        onClick={() => document.getElementById('main')?.focus()}
      >
        {t('app.skipToContent')}
      </button>
      {chrome ? <Header /> : null}
      {embedded ? <EmbedBar /> : null}
      <NoticeBar />
      <UpdateNotice />
      <div className="stage">
        {stage}
        {view === '3d' && status === 'ready' ? (
          <>
            {contextLost ? (
              <div className="context-lost">
                <PartFailed message={t('scene.contextLost')} />
              </div>
            ) : null}
            <SceneStatus />
            {full ? <SceneControls /> : null}
            {full ? <Minimap /> : null}
            {embedded ? null : <Hints />}
            {embedded && !interactive ? (
              <p className="embed-idle" aria-hidden="true">
                {t('embed.activate')}
              </p>
            ) : null}
            {walking && touch ? <Joystick /> : null}
          </>
        ) : null}
        {status === 'ready' ? <TourBar /> : null}
        <main id="main" className="page" tabIndex={-1}>
          {status === 'loading' ? <p className="status">{t('app.loading')}</p> : null}
          {status === 'failed' ? (
            <p className="status status--error">{t('app.loadFailed')}</p>
          ) : null}
          {status === 'ready' ? (
            <Boundary
              fallback={(_error, retry) => (
                <PartFailed message={t('app.partFailed')} retry={retry} />
              )}
            >
              <Page />
            </Boundary>
          ) : null}
        </main>
      </div>
    </div>
  )
}

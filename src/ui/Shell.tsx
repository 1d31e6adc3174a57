import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { selectView } from '../state/selectors'
import { useExpo } from '../state/useExpo'
import { Header } from './Header'
import { NoticeBar } from './NoticeBar'
import { UpdateNotice } from './UpdateNotice'
import { Page, warmUp } from './Page'
import { Boundary } from './Boundary'
import { PartFailed } from './PartFailed'

// What the first screen of the site does not show comes in chunks of its own: the 3D view's
// controls (with the 3D view), the tour bar (with a tour), the embed's bar and card (in embeds).
const SceneOverlay = lazy(() => import('./SceneOverlay'))
const TourBar = lazy(() => import('./TourBar').then((m) => ({ default: m.TourBar })))
const EmbedBar = lazy(() => import('./EmbedBar').then((m) => ({ default: m.EmbedBar })))

/**
 * A part in a chunk of its own that the page can do without: nothing while it loads, and nothing
 * (the rest of the page working) if its chunk cannot be fetched, e.g. offline.
 */
function Optional({ children }: { children: ReactNode }) {
  return (
    <Boundary fallback={() => null}>
      <Suspense fallback={null}>{children}</Suspense>
    </Boundary>
  )
}

/**
 * Fetches the chunks a visitor is likely to need next (a pavilion's page, the 3D view's
 * overlay) once the first screen is shown, so that a visitor who goes offline after the first
 * page can still open a pavilion. `data-expo-warm` on <body> says it is done (`__expo.ready`
 * waits for it).
 */
function useWarmUp() {
  useEffect(() => {
    // In a task of its own, after the first screen's effects have run.
    const timer = setTimeout(
      () =>
        void Promise.allSettled([warmUp(), import('./SceneOverlay')]).then(() => {
          document.body.dataset.expoWarm = 'true'
        }),
      0,
    )
    return () => clearTimeout(timer)
  }, [])
}

const EmbedCompact = lazy(() => import('./EmbedCompact').then((m) => ({ default: m.EmbedCompact })))

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
  useWarmUp()
  const view = useExpo(selectView)
  const status = useExpo((s) => s.catalogueStatus)
  const panelOpen = useExpo((s) => s.panelOpen)
  const embedded = useExpo((s) => s.embedded)
  const contextLost = useExpo((s) => s.contextLost)
  const compact = useCompact(Boolean(embedded))
  const touring = useExpo((s) => Boolean(s.route.params.tour))
  if (compact && status === 'ready')
    return (
      <Optional>
        <EmbedCompact />
      </Optional>
    )
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
      {embedded ? (
        <Optional>
          <EmbedBar />
        </Optional>
      ) : null}
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
            <Optional>
              <SceneOverlay />
            </Optional>
          </>
        ) : null}
        {status === 'ready' && touring ? (
          <Optional>
            <TourBar />
          </Optional>
        ) : null}
        <main id="main" className="page" tabIndex={-1}>
          {status === 'loading' ? (
            <p className="status" role="status">
              <progress className="status-progress" aria-label={t('app.loading')} />
              {t('app.loading')}
            </p>
          ) : null}
          {status === 'failed' ? (
            <div className="status status--error" role="alert">
              <p>{t('app.loadFailed')}</p>
              {/* The same address again: the browser forgets what failed. */}
              <button type="button" className="button" onClick={() => location.reload()}>
                {t('app.retry')}
              </button>
            </div>
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

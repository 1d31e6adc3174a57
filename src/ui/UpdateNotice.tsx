import { useTranslation } from 'react-i18next'
import { useExpo } from '../state/useExpo'

/**
 * "A new version is ready — Reload": shown when a new deployment's service worker waits. The
 * live region is always in the page, so screen readers announce the line when it appears
 * (politely: it never interrupts); the visitor chooses when to reload.
 */
export function UpdateNotice() {
  const { t } = useTranslation()
  const applyUpdate = useExpo((s) => s.applyUpdate)
  return (
    <div className="update-region" role="status" aria-live="polite">
      {applyUpdate ? (
        <section className="notice notice--update" aria-label={t('app.updateTitle')}>
          <p>{t('app.updateReady')}</p>
          <button type="button" className="button" onClick={applyUpdate}>
            {t('app.reload')}
          </button>
        </section>
      ) : null}
    </div>
  )
}

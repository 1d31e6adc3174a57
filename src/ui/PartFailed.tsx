import { useTranslation } from 'react-i18next'
import { selectView } from '../state/selectors'
import { useExpo, useExpoStore } from '../state/useExpo'

export interface PartFailedProps {
  message: string
  /** A way to try again, when there is one to offer. */
  retry?: () => void
}

/** A clear message where a part failed, with "Try again" and, in 3D, "Show as pages". */
export function PartFailed({ message, retry }: PartFailedProps) {
  const { t } = useTranslation()
  const store = useExpoStore()
  const view = useExpo(selectView)
  return (
    <div className="part-failed" role="alert">
      <p>{message}</p>
      <p className="part-failed-actions">
        {retry ? (
          <button type="button" className="button" onClick={retry}>
            {t('app.retry')}
          </button>
        ) : null}
        {view === '3d' ? (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => store.getState().setParams({ view: '2d' })}
          >
            {t('app.showPages')}
          </button>
        ) : null}
      </p>
    </div>
  )
}

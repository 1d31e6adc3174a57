import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { selectView } from '../state/selectors'
import { useExpo, useExpoStore } from '../state/useExpo'

export function ViewToggle() {
  const { t } = useTranslation()
  const store = useExpoStore()
  const view = useExpo(selectView)
  const webgl = useExpo((s) => s.webgl)
  const reason = useId()
  return (
    <>
      <div className="view-toggle" role="group" aria-label={t('view.label')}>
        {(['2d', '3d'] as const).map((option) =>
          option === '3d' && !webgl ? (
            // Focusable and described (a disabled button is skipped and its title never read).
            <button key={option} type="button" aria-disabled="true" aria-describedby={reason}>
              {t(`view.${option}`)}
            </button>
          ) : (
            <button
              key={option}
              type="button"
              aria-pressed={view === option}
              onClick={() => store.getState().setParams({ view: option })}
            >
              {t(`view.${option}`)}
            </button>
          ),
        )}
      </div>
      {webgl ? null : (
        <span id={reason} className="view-toggle-reason">
          {t('view.no3d')}
        </span>
      )}
    </>
  )
}

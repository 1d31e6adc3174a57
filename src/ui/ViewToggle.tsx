import { useTranslation } from 'react-i18next'
import { selectView } from '../state/selectors'
import { useExpo, useExpoStore } from '../state/useExpo'

export function ViewToggle() {
  const { t } = useTranslation()
  const store = useExpoStore()
  const view = useExpo(selectView)
  const webgl = useExpo((s) => s.webgl)
  return (
    <div className="view-toggle" role="group" aria-label={t('view.label')}>
      {(['2d', '3d'] as const).map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={view === option}
          disabled={option === '3d' && !webgl}
          title={option === '3d' && !webgl ? t('view.no3d') : undefined}
          onClick={() => store.getState().setParams({ view: option })}
        >
          {t(`view.${option}`)}
        </button>
      ))}
    </div>
  )
}

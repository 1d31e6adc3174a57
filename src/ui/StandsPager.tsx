import { useTranslation } from 'react-i18next'
import { selectCityId } from '../state/selectors'
import { selectStands, turnStands } from '../state/stands'
import { useExpo, useExpoStore } from '../state/useExpo'

/**
 * Inside a pavilion with more exhibits than its room shows at once: previous and next pages of
 * stands, and which are shown (read out when it changes). PageUp/PageDown do the same in 3D.
 */
export function StandsPager() {
  const { t } = useTranslation()
  const store = useExpoStore()
  const cityId = useExpo(selectCityId)
  const page = useExpo((s) => selectStands(s, cityId).page)
  const pages = useExpo((s) => selectStands(s, cityId).pages)
  const start = useExpo((s) => selectStands(s, cityId).start)
  const size = useExpo((s) => selectStands(s, cityId).size)
  const total = useExpo((s) => selectStands(s, cityId).count)
  if (!cityId || pages < 2) return null
  return (
    <div className="segmented stands-pager" role="group" aria-label={t('controls.stands')}>
      <button type="button" disabled={page === 0} onClick={() => turnStands(store.getState(), -1)}>
        <span aria-hidden="true">‹ </span>
        <span className="stands-pager__label">{t('controls.previousStands')}</span>
      </button>
      <span className="stands-pager__shown" role="status">
        {t('controls.standsShown', { from: start + 1, to: start + size, total })}
      </span>
      <button
        type="button"
        disabled={page === pages - 1}
        onClick={() => turnStands(store.getState(), 1)}
      >
        <span className="stands-pager__label">{t('controls.nextStands')}</span>
        <span aria-hidden="true"> ›</span>
      </button>
    </div>
  )
}

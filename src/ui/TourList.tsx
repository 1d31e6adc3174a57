import { useTranslation } from 'react-i18next'
import { stopPlace } from '../layout/tour'
import { useExpo, useExpoStore } from '../state/useExpo'
import { Loc } from './Loc'

/** The guided tours of exhibition.json, each with a start button. */
export function TourList() {
  const { t } = useTranslation()
  const store = useExpoStore()
  const tours = useExpo((s) => s.catalogue?.exhibition.tours)
  if (!tours?.length) return null
  return (
    <section className="tours" aria-labelledby="tours-heading">
      <h2 id="tours-heading">{t('tour.heading')}</h2>
      <ul className="tour-list">
        {tours.map((tour) => (
          <li key={tour.id} className="tour-card">
            <strong>
              <Loc text={tour.title} />
            </strong>
            {tour.description ? (
              <span className="muted">
                <Loc text={tour.description} />
              </span>
            ) : null}
            <span className="tour-meta">{t('tour.stops', { count: tour.stops.length })}</span>
            <button
              type="button"
              className="button"
              onClick={() => {
                store.getState().setTourPaused(false)
                store.getState().goTo(stopPlace(tour, 0), { tour: tour.id, stop: 0 })
              }}
            >
              {t('tour.start')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

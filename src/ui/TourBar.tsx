import { useTranslation } from 'react-i18next'
import { localize } from '../catalogue/localize'
import { stopPlace } from '../layout/tour'
import { useExpo, useExpoStore } from '../state/useExpo'
import { Loc } from './Loc'
import { useTour } from './useTour'

/** The guided tour's caption and controls: previous, pause or resume, next, read aloud, end. */
export function TourBar() {
  const { t } = useTranslation()
  const store = useExpoStore()
  const current = useTour()
  const paused = useExpo((s) => s.tourPaused)
  const speech = useExpo((s) => s.speech)
  const language = useExpo((s) => s.language)
  const asked = useExpo((s) => s.route.params.tour)
  const catalogue = useExpo((s) => s.catalogue)
  // A tour the address names but the exhibition has not: said as plainly as an unknown city.
  if (!current && asked && catalogue)
    return (
      <section className="tour-bar" role="alert">
        <p className="tour-caption">{t('tour.notFound', { id: asked })}</p>
        <div className="tour-controls">
          <button
            type="button"
            onClick={() => store.getState().setParams({ tour: undefined, stop: undefined })}
          >
            {t('tour.end')}
          </button>
        </div>
      </section>
    )
  if (!current) return null
  const { tour, stop, atStop } = current
  const narration = tour.stops[stop]?.narration
  const go = (index: number) => {
    store.getState().setTourPaused(false)
    store.getState().goTo(stopPlace(tour, index), { stop: index })
    store.getState().recallPose()
  }
  const halted = paused || !atStop
  return (
    <section className="tour-bar" aria-label={localize(tour.title, language).text}>
      <header>
        <strong>
          <Loc text={tour.title} />
        </strong>
        <span className="muted">
          {t('tour.progress', { stop: stop + 1, total: tour.stops.length })}
        </span>
      </header>
      <p className="tour-caption" aria-live="polite">
        {halted ? <span className="muted">{t('tour.paused')} </span> : null}
        {narration ? <Loc text={narration} tag /> : null}
      </p>
      <div className="tour-controls">
        <button type="button" disabled={stop === 0} onClick={() => go(stop - 1)}>
          {t('tour.previous')}
        </button>
        {halted ? (
          <button type="button" className="primary" onClick={() => go(stop)}>
            {t('tour.resume')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => store.getState().setTourPaused(true)}
          >
            {t('tour.pause')}
          </button>
        )}
        <button type="button" disabled={stop >= tour.stops.length - 1} onClick={() => go(stop + 1)}>
          {t('tour.next')}
        </button>
        {'speechSynthesis' in window ? (
          <button
            type="button"
            aria-pressed={speech}
            onClick={() => store.getState().setSpeech(!speech)}
          >
            {t('tour.speak')}
          </button>
        ) : null}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            store.getState().setTourPaused(false)
            store.getState().setParams({ tour: undefined, stop: undefined })
          }}
        >
          {t('tour.end')}
        </button>
      </div>
    </section>
  )
}

import { useContext, useEffect, useMemo, useRef, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { localize } from '../catalogue/localize'
import { selectCityMap, selectFieldMap, selectPlan, selectSelection } from '../state/derived'
import { LiveInputContext } from '../state/FrameStatsContext'
import { useExpo, useExpoStore } from '../state/useExpo'

/** A map of the ground with "you are here"; choosing a spot travels to the nearest pavilion. */
export function Minimap() {
  const { t } = useTranslation()
  const store = useExpoStore()
  const live = useContext(LiveInputContext)
  const cities = useExpo(selectCityMap)
  const fields = useExpo(selectFieldMap)
  const language = useExpo((s) => s.language)
  const plan = useExpo((s) => selectPlan(s))
  const selection = useExpo(selectSelection)
  const r = Math.max(plan.radius, 80) * 1.05
  const colour = (field: string) => fields.get(field)?.colour ?? '#5A5A66'
  // Matches are drawn last, so they sit on top of the faded dots.
  const dots = useMemo(() => {
    const all = [...plan.placements]
    if (!selection.narrowed) return all.map(([id, p]) => ({ id, p, lit: true }))
    return all
      .map(([id, p]) => ({ id, p, lit: selection.cityIds.has(id) }))
      .sort((a, b) => Number(a.lit) - Number(b.lit))
  }, [plan, selection])
  const here = useRef<SVGGElement>(null)

  // "You are here" follows the camera without React: the scene calls this on frames it draws.
  useEffect(() => {
    const move = () => {
      const { x, z, heading } = live.camera
      here.current?.setAttribute(
        'transform',
        `translate(${x} ${z}) rotate(${(heading * 180) / Math.PI})`,
      )
    }
    move()
    live.listeners.add(move)
    return () => {
      live.listeners.delete(move)
    }
  }, [live])

  const travel = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect()
    const x = ((event.clientX - box.left) / box.width) * 2 * r - r
    const z = ((event.clientY - box.top) / box.height) * 2 * r - r
    let best: string | null = null
    let distance = Infinity
    for (const [id, p] of plan.placements) {
      const d = Math.hypot(p.x - x, p.z - z)
      if (d < distance) [best, distance] = [id, d]
    }
    if (best) store.getState().goTo({ name: 'city', cityId: best })
  }

  return (
    <figure className="minimap">
      <svg
        viewBox={`${-r} ${-r} ${2 * r} ${2 * r}`}
        role="img"
        aria-label={t('minimap.label')}
        onClick={travel}
      >
        <circle r={r} className="minimap-ground" />
        {dots.map(({ id, p, lit }) => {
          const city = cities.get(id)
          return (
            <circle
              key={id}
              cx={p.x}
              cy={p.z}
              r={lit ? r / 60 : r / 110}
              fill={lit ? colour(city?.field ?? '') : '#B9B1A3'}
              className={lit ? 'minimap-match' : undefined}
            >
              <title>
                {city ? t('minimap.travel', { name: localize(city.name, language).text }) : id}
              </title>
            </circle>
          )
        })}
        <g ref={here} className="minimap-here">
          <path d={`M0 ${-r / 14} L${r / 24} ${r / 28} L0 ${r / 60} L${-r / 24} ${r / 28}Z`} />
        </g>
      </svg>
      <figcaption className="visually-hidden">{t('minimap.here')}</figcaption>
    </figure>
  )
}

import { useContext, useEffect, useMemo, useRef, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { localize } from '../catalogue/localize'
import { planFor } from '../layout/plan'
import { LiveInputContext } from '../state/FrameStatsContext'
import { useExpo, useExpoStore } from '../state/useExpo'

/** A map of the ground with "you are here"; choosing a spot travels to the nearest pavilion. */
export function Minimap() {
  const { t } = useTranslation()
  const store = useExpoStore()
  const live = useContext(LiveInputContext)
  const cities = useExpo((s) => s.catalogue?.cities)
  const fields = useExpo((s) => s.catalogue?.fields)
  const language = useExpo((s) => s.language)
  const world = useExpo((s) => s.route.params.layout === 'world')
  const plan = useMemo(() => planFor(cities ?? [], world ? 'world' : 'districts'), [cities, world])
  const r = Math.max(plan.radius, 80) * 1.05
  const colour = (field: string) => fields?.find((f) => f.id === field)?.colour ?? '#5A5A66'
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
        {[...plan.placements].map(([id, p]) => {
          const city = cities?.find((c) => c.id === id)
          return (
            <circle key={id} cx={p.x} cy={p.z} r={r / 60} fill={colour(city?.field ?? '')}>
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

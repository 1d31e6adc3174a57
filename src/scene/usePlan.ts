import { useMemo } from 'react'
import { planFor, type LayoutMode } from '../layout/plan'
import type { GroundPlan } from '../layout/ground'
import { useExpo } from '../state/useExpo'

/** The plan for the catalogue in the layout the address asks for. */
export function usePlan(): { plan: GroundPlan; mode: LayoutMode } {
  const cities = useExpo((s) => s.catalogue?.cities)
  const mode: LayoutMode = useExpo((s) =>
    s.route.params.layout === 'world' ? 'world' : 'districts',
  )
  const plan = useMemo(() => planFor(cities ?? [], mode), [cities, mode])
  return { plan, mode }
}

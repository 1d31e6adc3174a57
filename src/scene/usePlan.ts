import type { LayoutMode } from '../layout/plan'
import type { GroundPlan } from '../layout/ground'
import { selectLayoutMode, selectPlan } from '../state/derived'
import { useExpo } from '../state/useExpo'

/** The plan for the catalogue in the layout the address asks for (computed once, in state/). */
export function usePlan(): { plan: GroundPlan; mode: LayoutMode } {
  const mode = useExpo(selectLayoutMode)
  const plan = useExpo((s) => selectPlan(s, mode))
  return { plan, mode }
}

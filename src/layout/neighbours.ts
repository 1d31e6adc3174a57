/** Keyboard order of the pavilions: by district, then outwards by slot. Pure. */
import type { GroundPlan } from './ground'

export function pavilionOrder(plan: GroundPlan): string[] {
  return [...plan.placements.entries()]
    .sort(([, a], [, b]) => a.district - b.district || a.slot - b.slot)
    .map(([id]) => id)
}

/** The pavilion `step` places after `current` in keyboard order (wrapping), or the first. */
export function stepPavilion(
  order: readonly string[],
  current: string | null,
  step: number,
): string | null {
  if (order.length === 0) return null
  const at = current === null ? -1 : order.indexOf(current)
  if (at < 0) return step >= 0 ? (order[0] ?? null) : (order[order.length - 1] ?? null)
  return order[(((at + step) % order.length) + order.length) % order.length] ?? null
}

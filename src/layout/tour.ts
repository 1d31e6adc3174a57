/**
 * Guided tours as pure functions: which stop a route is at, where next and previous lead, and
 * how long a narration is given before moving on.
 */
import type { CatalogueTour as Tour } from '../catalogue/compiled'
import type { Place } from '../routing/route'

export function stopPlace(tour: Tour, stop: number): Place {
  const s = tour.stops[Math.min(Math.max(stop, 0), tour.stops.length - 1)]
  if (!s) return { name: 'ground' }
  return s.initiative
    ? { name: 'initiative', cityId: s.city, initiativeId: s.initiative }
    : { name: 'city', cityId: s.city }
}

export function clampStop(tour: Tour, stop: number | undefined): number {
  return Math.min(Math.max(stop ?? 0, 0), Math.max(tour.stops.length - 1, 0))
}

/** Reading time for a narration, s: ~3 words (or 6 CJK characters) per second, at least 6 s. */
export function narrationSeconds(text: string): number {
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length
  const words = text
    .replace(/[\u3400-\u9fff]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length
  return Math.max(6, Math.round(words / 3 + cjk / 6 + 2))
}

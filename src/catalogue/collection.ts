/**
 * The collection as a whole, for the about page's charts: exhibits per field and SDG 11 target,
 * per UNESCO region and per content language, and each exhibit's period as months. Pure.
 */
import type { CitySummary } from './compiled'
import { regionOf } from './regions'
import {
  FIELDS,
  REGIONS,
  SDG11_TARGETS,
  UI_LANGUAGES,
  type FieldId,
  type Region,
  type Sdg11Target,
  type UiLanguage,
} from './vocabulary'

/** Exhibits per field (rows) and SDG 11 target (columns). An exhibit counts once per target. */
export function fieldSdgMatrix(
  cities: readonly CitySummary[],
): Map<FieldId, Map<Sdg11Target, number>> {
  const matrix = new Map(
    FIELDS.map((f) => [f, new Map<Sdg11Target, number>(SDG11_TARGETS.map((t) => [t, 0]))] as const),
  )
  for (const city of cities)
    for (const initiative of city.initiatives)
      for (const target of initiative.sdg11) {
        const row = matrix.get(city.field)
        row?.set(target, (row.get(target) ?? 0) + 1)
      }
  return matrix
}

export function exhibitsByRegion(cities: readonly CitySummary[]): Map<Region, number> {
  const counts = new Map<Region, number>(REGIONS.map((r) => [r, 0]))
  for (const city of cities) {
    const region = regionOf(city.country)
    if (region) counts.set(region, (counts.get(region) ?? 0) + city.initiatives.length)
  }
  return counts
}

/** Exhibits whose title is written in each language (the rest show English, marked). */
export function exhibitsByLanguage(cities: readonly CitySummary[]): Map<UiLanguage, number> {
  const counts = new Map<UiLanguage, number>(UI_LANGUAGES.map((l) => [l, 0]))
  for (const city of cities)
    for (const initiative of city.initiatives)
      for (const lang of UI_LANGUAGES)
        if (initiative.title?.[lang]) counts.set(lang, (counts.get(lang) ?? 0) + 1)
  return counts
}

/** Months are counted from January 2020 (0) to December 2021 (23). */
export const TIMELINE_START = 2020
export const TIMELINE_MONTHS = 24

export interface Span {
  cityId: string
  initiativeId: string
  field: FieldId
  /** First and last month, inclusive, clipped to the timeline; `precise` false for a year only. */
  from: number
  to: number
  precise: boolean
}

function month(text: string, end: boolean): { at: number; precise: boolean } | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(text)
  if (!m) return null
  const year = Number(m[1])
  const monthOfYear = m[2] ? Number(m[2]) - 1 : end ? 11 : 0
  return { at: (year - TIMELINE_START) * 12 + monthOfYear, precise: Boolean(m[2]) }
}

/** Each exhibit's period as months on the 2020–2021 timeline; exhibits without one are left out. */
export function timeline(cities: readonly CitySummary[]): Span[] {
  const spans: Span[] = []
  for (const city of cities)
    for (const initiative of city.initiatives) {
      if (!initiative.period) continue
      const [a = '', b = a] = initiative.period.split('/')
      const from = month(a, false)
      const to = month(b, true)
      if (!from || !to || to.at < 0 || from.at >= TIMELINE_MONTHS) continue
      spans.push({
        cityId: city.id,
        initiativeId: initiative.id,
        field: city.field,
        from: Math.max(0, from.at),
        to: Math.min(TIMELINE_MONTHS - 1, to.at),
        precise: from.precise && to.precise,
      })
    }
  return spans.sort((x, y) => x.from - y.from || x.to - y.to)
}

/** Spans packed into as few rows as possible, none overlapping within a row (greedy). */
export function packRows<T extends { from: number; to: number }>(spans: readonly T[]): T[][] {
  const rows: T[][] = []
  for (const span of spans) {
    const row = rows.find((r) => (r[r.length - 1]?.to ?? -1) < span.from)
    if (row) row.push(span)
    else rows.push([span])
  }
  return rows
}

/**
 * Translation coverage: every localized text `{ en, fr?, zh?, es?, ar?, ru? }` found in the content, counted per
 * kind (titles, summaries, narrations, other) and language. Missing fr/zh/es/ar/ru is a warning, not an error.
 */
import type { Problem } from '../../src/catalogue/issues.ts'
import { toPointer } from '../../src/catalogue/issues.ts'

const TRANSLATED = ['fr', 'zh', 'es', 'ar', 'ru'] as const
const LANGUAGE_KEYS = new Set(['en', 'fr', 'zh', 'es', 'ar', 'ru'])
const KINDS: Record<string, string> = {
  title: 'titles',
  summary: 'summaries',
  narration: 'narrations',
  name: 'names',
}

export type Coverage = Record<
  string,
  Record<(typeof TRANSLATED)[number], { done: number; total: number }>
>

function isLocalized(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return (
    typeof (value as { en?: unknown }).en === 'string' && keys.every((k) => LANGUAGE_KEYS.has(k))
  )
}

export function coverageOf() {
  const counts: Coverage = {}
  return {
    add(document: unknown, file: string, problems: Problem[]) {
      const walk = (value: unknown, path: (string | number)[]) => {
        if (isLocalized(value)) {
          const key = path.findLast((p): p is string => typeof p === 'string') ?? ''
          const kind = KINDS[key] ?? 'other texts'
          const row = (counts[kind] ??= Object.fromEntries(
            TRANSLATED.map((lang) => [lang, { done: 0, total: 0 }]),
          ) as Coverage[string])
          const missing = TRANSLATED.filter((lang) => {
            row[lang].total++
            const present = typeof value[lang] === 'string' && (value[lang] as string).trim() !== ''
            if (present) row[lang].done++
            return !present
          })
          if (missing.length)
            problems.push({
              file,
              pointer: toPointer(path),
              message: `no ${missing.join(', ')} text yet (English is shown)`,
              severity: 'warning',
            })
          return
        }
        if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]))
        else if (value && typeof value === 'object')
          for (const [k, v] of Object.entries(value)) walk(v, [...path, k])
      }
      walk(document, [])
    },
    summary: () => counts,
  }
}

export function formatCoverage(coverage: Coverage): string[] {
  return Object.entries(coverage).map(([kind, row]) => {
    const parts = TRANSLATED.map((lang) => {
      const { done, total } = row[lang]
      const percent = total === 0 ? 100 : Math.floor((done / total) * 1000) / 10
      return `${lang} ${percent}% (${done}/${total})`
    })
    return `coverage of ${kind}: ${parts.join(', ')}`
  })
}

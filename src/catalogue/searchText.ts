/**
 * Words and snippets for the search, without the search library: the box marks matched words
 * with these, and the first screen must not carry MiniSearch. Pure.
 */
import type { SearchDoc } from './search'

export const LANGUAGES = ['en', 'fr', 'zh', 'es', 'ar', 'ru'] as const
export const HAN = /\p{Script=Han}/u
const WORD = /[\p{L}\p{N}]/u

/** Characters that do not show but cut or reorder words: zero-width, bidi controls, BOM. */
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu

/** Made on first use: loading the Chinese dictionary is work a page that never searches skips. */
let segmenter: Intl.Segmenter | null | undefined

/** Words of a text with their offsets; Chinese by dictionary segmentation (bigrams without it). */
export function words(text: string): { word: string; index: number }[] {
  segmenter ??=
    typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null
  if (segmenter)
    return [...segmenter.segment(text)]
      .filter((s) => s.isWordLike ?? WORD.test(s.segment))
      .map((s) => ({ word: s.segment, index: s.index }))
  const out: { word: string; index: number }[] = []
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const run = m[0]
    if (!HAN.test(run) || run.length <= 2) out.push({ word: run, index: m.index })
    else
      for (let i = 0; i < run.length - 1; i++)
        out.push({ word: run.slice(i, i + 2), index: m.index + i })
  }
  return out
}

/** Case-, accent- and variant-insensitive form of a word; null for words too short to help. */
export function foldTerm(word: string): string | null {
  const folded = word
    .normalize('NFD')
    .replace(/[\p{M}\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu, '')
    .toLowerCase()
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
  if (!folded || (folded.length < 2 && !HAN.test(folded) && !/\p{N}/u.test(folded))) return null
  return folded
}

export interface Snippet {
  lang: string
  /** The excerpt, cut into runs; `mark` runs are the matched words. */
  parts: { text: string; mark: boolean }[]
}

/**
 * An excerpt of the text where the result's words occur, preferring the visitor's language and
 * the name or title, then the summary and the body; null when no text holds them.
 */
export function snippet(
  doc: SearchDoc,
  terms: readonly string[],
  language: string,
  width = 120,
): Snippet | null {
  const wanted = new Set(terms)
  const order = [language, ...LANGUAGES.filter((l) => l !== language)]
  for (const part of [doc.name, doc.summary, doc.body])
    for (const lang of order) {
      const text = part?.[lang]
      if (!text) continue
      const marks = words(text).filter((w) => {
        const t = foldTerm(w.word)
        return t !== null && wanted.has(t)
      })
      if (marks.length === 0) continue
      const first = marks[0]?.index ?? 0
      const start = part === doc.name || first < width / 3 ? 0 : first - Math.floor(width / 3)
      const end = Math.min(text.length, start + width)
      const parts: Snippet['parts'] = []
      let at = start
      for (const m of marks) {
        if (m.index < at || m.index + m.word.length > end) continue
        if (m.index > at) parts.push({ text: text.slice(at, m.index), mark: false })
        parts.push({ text: m.word, mark: true })
        at = m.index + m.word.length
      }
      if (at < end) parts.push({ text: text.slice(at, end), mark: false })
      if (start > 0) parts.unshift({ text: '…', mark: false })
      if (end < text.length) parts.push({ text: '…', mark: false })
      return { lang, parts }
    }
  return null
}

/**
 * Code point sets and CSS `unicode-range` values: which characters belong to which self-hosted
 * face. Pure functions, shared by the font generator and its tests.
 */

export type Script = 'zh' | 'ar'

/** Inclusive code point ranges of the scripts that get a subset font of their own. */
const SCRIPT_RANGES: Record<Script, readonly (readonly [number, number])[]> = {
  zh: [
    [0x2e80, 0x2fdf], // CJK radicals, Kangxi radicals
    [0x3000, 0x303f], // CJK symbols and punctuation (、。「」…)
    [0x3100, 0x312f], // Bopomofo
    [0x31c0, 0x31ef], // CJK strokes
    [0x3200, 0x33ff], // enclosed CJK, CJK compatibility
    [0x3400, 0x4dbf], // CJK extension A
    [0x4e00, 0x9fff], // CJK unified ideographs
    [0xf900, 0xfaff], // CJK compatibility ideographs
    [0xfe10, 0xfe1f], // vertical forms
    [0xfe30, 0xfe4f], // CJK compatibility forms
    [0xff00, 0xffef], // halfwidth and fullwidth forms (，：（）！？)
    [0x20000, 0x2fa1f], // CJK extensions B–F, compatibility supplement
  ],
  ar: [
    [0x0600, 0x06ff], // Arabic (letters, ، ؛ ؟, Arabic-Indic digits)
    [0x0750, 0x077f], // Arabic supplement
    [0x0870, 0x08ff], // Arabic extended-A/B
    [0xfb50, 0xfdff], // presentation forms A
    [0xfe70, 0xfeff], // presentation forms B
  ],
}

/**
 * Spaces and punctuation that a Chinese or Arabic text may use from the shared Latin blocks: in
 * a text of that language they are set in that script's font (full-width quotes in Chinese, word
 * spaces of the Arabic font), elsewhere Inter, first in the font stack, draws them.
 */
const SHARED_PUNCTUATION: readonly (readonly [number, number])[] = [
  [0x0020, 0x0020], // space
  [0x00a0, 0x00a0], // no-break space
  [0x00ab, 0x00ab], // «
  [0x00b7, 0x00b7], // ·
  [0x00bb, 0x00bb], // »
  [0x2010, 0x2017], // dashes: – —
  // Not ‘ ’: mostly apostrophes inside Latin words, which a full-width glyph would split.
  [0x201a, 0x205e], // “ ” … and the rest of general punctuation
]

const within = (ranges: readonly (readonly [number, number])[], code: number) =>
  ranges.some(([from, to]) => code >= from && code <= to)

export const isScript = (script: Script, code: number): boolean =>
  within(SCRIPT_RANGES[script], code)

export const isSharedPunctuation = (code: number): boolean => within(SHARED_PUNCTUATION, code)

/** Characters that need no glyph of their own (spaces, joiners, direction marks, controls). */
export const isInvisible = (code: number): boolean =>
  /[\s\p{Cc}\p{Cf}]/u.test(String.fromCodePoint(code))

/** The code points of a text, each once. */
export function codePointsOf(texts: Iterable<string>): Set<number> {
  const points = new Set<number>()
  for (const text of texts)
    for (const char of text.normalize('NFC')) points.add(char.codePointAt(0) ?? 0)
  return points
}

/** Sorted code points → `U+4E00-4E03,U+4E07` (consecutive runs folded into ranges). */
export function toUnicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b)
  const parts: string[] = []
  const hex = (n: number) => n.toString(16).toUpperCase()
  for (let i = 0; i < sorted.length;) {
    const from = sorted[i] ?? 0
    let to = from
    while (sorted[i + 1] === to + 1) to = sorted[++i] ?? to
    parts.push(from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)
    i++
  }
  return parts.join(',')
}

/** `U+0-FF, U+131, U+4??` → inclusive ranges (the CSS syntax, wildcards included). */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part): [number, number] => {
      if (part.includes('?'))
        return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'F'), 16)]
      const [from = '0', to = from] = part.split('-')
      return [parseInt(from, 16), parseInt(to.replace(/^U\+/i, ''), 16)]
    })
}

export const inUnicodeRange = (ranges: readonly [number, number][], code: number): boolean =>
  within(ranges, code)

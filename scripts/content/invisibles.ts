/**
 * Warnings for characters a curator cannot see in text: bidi controls (they can reorder what
 * readers see, "Trojan Source"), zero-width characters (they split words, so search misses
 * them) and control characters. Warnings, not errors: pasted text often carries them by
 * accident, and an editor may mean one. Left-to-right and right-to-left marks (U+200E, U+200F)
 * are legitimate in Arabic text and never reported.
 */
import { toPointer, type Problem } from '../../src/catalogue/issues.ts'
import { INVISIBLE_IN_TEXT } from '../../src/catalogue/rules.ts'

const NAMES: Record<string, string> = {
  '\u200b': 'zero width space',
  '\u200c': 'zero width non-joiner',
  '\u200d': 'zero width joiner',
  '\ufeff': 'zero width no-break space',
  '\u202a': 'left-to-right embedding',
  '\u202b': 'right-to-left embedding',
  '\u202c': 'pop directional formatting',
  '\u202d': 'left-to-right override',
  '\u202e': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
}
/** Tabs and line breaks are fine in text; other C0 controls, DEL and C1 controls are not. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
const FIND = new RegExp(`${INVISIBLE_IN_TEXT.source}|${CONTROL.source}`, 'g')

const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

/** One warning per string that holds such characters, naming the first and counting the rest. */
export function invisibleWarnings(document: unknown, file: string, skip: ReadonlySet<string>) {
  const problems: Problem[] = []
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const found = [...value.matchAll(FIND)]
      const pointer = toPointer(path)
      const first = found[0]
      if (!first || skip.has(pointer)) return
      const char = first[0]
      const name = NAMES[char] ?? 'control character'
      const more = found.length > 1 ? ` (and ${found.length - 1} more)` : ''
      problems.push({
        file,
        pointer,
        message: `invisible ${codePoint(char)} ${name} at character ${(first.index ?? 0) + 1}${more}: remove it unless it is meant`,
        severity: 'warning',
      })
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]))
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key])
  }
  walk(document, [])
  return problems
}

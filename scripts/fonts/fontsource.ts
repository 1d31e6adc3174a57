/** Reads a @fontsource stylesheet: which file serves which characters at which weight. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parseUnicodeRange } from './ranges.ts'

const require = createRequire(import.meta.url)

export interface FontsourceFace {
  /** Absolute path of the WOFF file (the same glyphs as the WOFF2 the browser takes). */
  woff: string
  woff2: string
  weight: number
  ranges: [number, number][]
}

/** `spec`: e.g. "@fontsource/inter/400.css". */
export function fontsourceFaces(spec: string): FontsourceFace[] {
  const css = require.resolve(spec)
  const faces: FontsourceFace[] = []
  for (const [, body = ''] of readFileSync(css, 'utf8').matchAll(/@font-face\s*{([^}]*)}/g)) {
    const woff2 = /url\(([^)]+\.woff2)\)/.exec(body)?.[1]
    const woff = /url\(([^)]+\.woff)\)/.exec(body)?.[1]
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1] ?? 400)
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1]
    if (!woff2 || !woff) continue
    faces.push({
      woff: join(dirname(css), woff),
      woff2: join(dirname(css), woff2),
      weight,
      ranges: range ? parseUnicodeRange(range) : [[0, 0x10ffff]],
    })
  }
  return faces
}

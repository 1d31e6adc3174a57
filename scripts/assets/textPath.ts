/**
 * Text set as SVG outlines with Inter (self-hosted in node_modules), so a poster shows the same
 * letters everywhere: an SVG used as an image cannot load web fonts.
 */
import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'

const require = createRequire(import.meta.url)
type Font = fontkit.Font

function open(name: string): Font {
  return fontkit.openSync(require.resolve(`@fontsource/inter/files/${name}`)) as Font
}

const faces: Record<'regular' | 'bold', Font[]> = {
  regular: [open('inter-latin-400-normal.woff'), open('inter-latin-ext-400-normal.woff')],
  bold: [open('inter-latin-700-normal.woff'), open('inter-latin-ext-700-normal.woff')],
}

export interface SetText {
  /** SVG path data, baseline at y. */
  d: string
  /** Advance width, in SVG units. */
  width: number
}

/** Sets `text` at `size` px from (x, y) (baseline), character by character, no kerning needed. */
export function setText(
  text: string,
  x: number,
  y: number,
  size: number,
  weight: 'regular' | 'bold' = 'bold',
): SetText {
  let cursor = x
  const parts: string[] = []
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 63
    const font = faces[weight].find((f) => f.hasGlyphForCodePoint(code)) ?? faces[weight][0]
    if (!font) break
    const scale = size / font.unitsPerEm
    const glyph = font.glyphForCodePoint(font.hasGlyphForCodePoint(code) ? code : 63)
    const d = glyph.path.scale(scale, -scale).translate(cursor, y).toSVG()
    if (d) parts.push(d)
    cursor += glyph.advanceWidth * scale
  }
  const round = (s: string) =>
    s.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
  return { d: round(parts.join('')), width: cursor - x }
}

/** Shrinks the size until the text fits `maxWidth`. */
export function fitText(
  text: string,
  x: number,
  y: number,
  size: number,
  maxWidth: number,
  weight: 'regular' | 'bold' = 'bold',
): SetText {
  let set = setText(text, x, y, size, weight)
  while (set.width > maxWidth && size > 10) {
    size *= 0.92
    set = setText(text, x, y, size, weight)
  }
  return set
}

/**
 * Text set as SVG outlines with Inter (self-hosted in node_modules), so a poster shows the same
 * letters everywhere: an SVG used as an image cannot load web fonts.
 */
import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'

const require = createRequire(import.meta.url)
type Font = fontkit.Font

const FILES = {
  regular: ['inter-latin-400-normal.woff', 'inter-latin-ext-400-normal.woff'],
  bold: ['inter-latin-700-normal.woff', 'inter-latin-ext-700-normal.woff'],
}
const path = (name: string) => require.resolve(`@fontsource/inter/files/${name}`)
/** The font files the outlines come from (a cache of drawn posters is keyed by them too). */
export const TEXT_FONTS = [...FILES.regular, ...FILES.bold].map(path)

const faces: Record<'regular' | 'bold', Font[]> = {
  regular: FILES.regular.map((name) => fontkit.openSync(path(name)) as Font),
  bold: FILES.bold.map((name) => fontkit.openSync(path(name)) as Font),
}

export interface SetText {
  /** SVG path data, baseline at y. */
  d: string
  /** Advance width, in SVG units. */
  width: number
}

interface Outline {
  /** Path commands in font units (y up), as fontkit gives them. */
  commands: { command: string; args: number[] }[]
  advance: number
  unitsPerEm: number
}

/** Glyph outlines decoded once per weight and character: posters set thousands of letters. */
const outlines = new Map<string, Outline>()

function outline(char: string, weight: 'regular' | 'bold'): Outline | undefined {
  const key = weight + char
  const cached = outlines.get(key)
  if (cached) return cached
  const code = char.codePointAt(0) ?? 63
  const font = faces[weight].find((f) => f.hasGlyphForCodePoint(code)) ?? faces[weight][0]
  if (!font) return undefined
  const glyph = font.glyphForCodePoint(font.hasGlyphForCodePoint(code) ? code : 63)
  const value: Outline = {
    commands: glyph.path.commands.map((c) => ({ command: c.command, args: [...c.args] })),
    advance: glyph.advanceWidth,
    unitsPerEm: font.unitsPerEm,
  }
  outlines.set(key, value)
  return value
}

const LETTER: Record<string, string> = {
  moveTo: 'M',
  lineTo: 'L',
  quadraticCurveTo: 'Q',
  bezierCurveTo: 'C',
  closePath: 'Z',
}
const r1 = (n: number) => Math.round(n * 10) / 10

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
    const glyph = outline(char, weight)
    if (!glyph) break
    const scale = size / glyph.unitsPerEm
    for (const { command, args } of glyph.commands) {
      const points: number[] = []
      for (let i = 0; i < args.length; i += 2)
        points.push(r1(cursor + (args[i] ?? 0) * scale), r1(y - (args[i + 1] ?? 0) * scale))
      parts.push((LETTER[command] ?? '') + points.join(' '))
    }
    cursor += glyph.advance * scale
  }
  return { d: parts.join(''), width: cursor - x }
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

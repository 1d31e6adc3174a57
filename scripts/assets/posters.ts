/**
 * Posters for exhibits, drawn from the data: the field's colour and mark, the city, the year and
 * the SDG 11 targets. Deterministic: the same content always gives the same bytes.
 * An illustration, never a photograph; the alt text and credit in the page say so.
 */
import type { FieldId } from '../../src/catalogue/vocabulary.ts'
import type { Generated } from './generate.ts'
import type { Content } from '../content/validate.ts'
import { FIELD_MARKS } from '../../src/ui/fieldMarks.ts'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fitText, setText, TEXT_FONTS, type SetText } from './textPath.ts'
import { textCache } from './textCache.ts'

export interface PosterInput {
  id: string
  /** The exhibit's title, in English (the poster's lettering is Latin only). */
  title: string
  field: FieldId
  colour: string
  city: string
  year: string
  sdg11: readonly string[]
}

/** A small deterministic hash (FNV-1a), for composition choices. */
export function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}

/** WCAG relative luminance of a #RRGGBB colour. */
function luminance(colour: string): number {
  const channel = (i: number) => {
    const c = parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

/** WCAG contrast ratio of two #RRGGBB colours (1–21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

export const INK = '#1B1B1F'
export const WHITE = '#FFFFFF'
export const CARD = '#FFFDF9'

/** Ink or white, whichever reads better on `colour` (saffron takes ink). */
export function inkOn(colour: string): string {
  return contrast(colour, INK) > contrast(colour, WHITE) ? INK : WHITE
}

/**
 * A fill for a small label and its text colour with at least 4.5:1 (WCAG AA, normal text):
 * the field colour itself when it allows it, else the colour darkened towards ink in 4% steps.
 */
export function labelColours(colour: string): { fill: string; text: string } {
  const mix = (t: number) =>
    '#' +
    [0, 1, 2]
      .map((i) => {
        const from = parseInt(colour.slice(1 + 2 * i, 3 + 2 * i), 16)
        const to = parseInt(INK.slice(1 + 2 * i, 3 + 2 * i), 16)
        return Math.round(from + (to - from) * t)
          .toString(16)
          .padStart(2, '0')
      })
      .join('')
      .toUpperCase()
  for (let t = 0; t <= 1; t += 0.04) {
    const fill = t === 0 ? colour : mix(t)
    const text = inkOn(fill)
    if (contrast(fill, text) >= 4.5) return { fill, text }
  }
  return { fill: INK, text: WHITE }
}

const W = 400
const H = 500
/** The coloured panel, inside a paper margin like a print (px). */
const PANEL = { x: 16, y: 16, w: W - 32, h: 280 }
const MARGIN = 28

/**
 * Lays words into at most `lines` lines of `maxWidth`, shrinking the size until they fit (an
 * ellipsis ends a text that still does not). Returns each line's outline and the last baseline.
 */
function wrap(
  text: string,
  y: number,
  maxWidth: number,
  lines: number,
): { lines: string[]; bottom: number } {
  const words = text.split(/\s+/).filter(Boolean)
  for (let size = 21; size >= 13; size -= 1) {
    const space = setText(' ', 0, 0, size).width
    const rows: string[][] = [[]]
    let used = 0
    for (const word of words) {
      const width = setText(word, 0, 0, size).width
      const row = rows[rows.length - 1] ?? []
      if (row.length && used + space + width > maxWidth) {
        rows.push([word])
        used = width
      } else {
        row.push(word)
        used += (row.length > 1 ? space : 0) + width
      }
    }
    if (rows.length <= lines || size === 13) {
      const lead = Math.round(size * 1.2)
      const shown = rows.slice(0, lines).map((row) => row.join(' '))
      if (rows.length > lines) shown[lines - 1] += ' …'
      return {
        lines: shown.map((line, i) => fitText(line, MARGIN, y + i * lead, size, maxWidth).d),
        bottom: y + (shown.length - 1) * lead,
      }
    }
  }
  return { lines: [], bottom: y }
}

/** Capitals spread out by `tracking` px, as a label. */
function tracked(text: string, x: number, y: number, size: number, tracking: number): SetText {
  let cursor = x
  const parts = [...text].map((char) => {
    const set = setText(char, cursor, y, size)
    cursor += set.width + tracking
    return set.d
  })
  return { d: parts.join(''), width: cursor - tracking - x }
}

export function posterSvg(input: PosterInput): string {
  const h = hash(input.id)
  const mark = FIELD_MARKS[input.field]
  const ink = inkOn(input.colour)
  const stroke = (scale: number, width: number) => (width / scale).toFixed(2)

  // The large mark, in a clearing of plain colour, its place and tilt chosen by the hash.
  const anchors = [
    [PANEL.x + PANEL.w * 0.62, PANEL.y + PANEL.h * 0.52],
    [PANEL.x + PANEL.w * 0.5, PANEL.y + PANEL.h * 0.5],
    [PANEL.x + PANEL.w * 0.4, PANEL.y + PANEL.h * 0.55],
  ] as const
  const [bx, by] = anchors[(h >> 3) % anchors.length] ?? anchors[0]
  const tilt = (((h >> 7) % 5) - 2) * 6
  const big = 8.2
  const clearing = 12 * big * 1.25

  const label = tracked('ILLUSTRATION', 0, 0, 8.5, 1.6)
  const labelWidth = label.width + 16
  // The pattern: small marks on a grid, each turned by the hash, faint, leaving the large mark room.
  const cell = 36 + (h % 3) * 8
  const small = (cell * 0.5) / 24
  const pattern: string[] = []
  for (let y = PANEL.y + cell / 2; y < PANEL.y + PANEL.h; y += cell)
    for (let x = PANEL.x + cell / 2; x < PANEL.x + PANEL.w; x += cell) {
      if (Math.hypot(x - bx, y - by) < clearing + cell * 0.3) continue
      if (x < PANEL.x + 10 + labelWidth + cell * 0.3 && y < PANEL.y + 28 + cell * 0.3) continue
      const turn = ((h >> ((x + y) % 23)) & 3) * 90
      pattern.push(
        `<path d="${mark}" transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) rotate(${turn}) scale(${small.toFixed(3)}) translate(-12 -12)" stroke-width="${stroke(small, 1.4)}"/>`,
      )
    }

  const title = wrap(input.title, 328, W - 2 * MARGIN, 3)
  const line = title.bottom + 30
  const city = fitText(input.city.toUpperCase(), MARGIN, line, 13, W - 2 * MARGIN - 60)
  const year = setText(`  ·  ${input.year}`, MARGIN + city.width, line, 13, 'regular')

  const badge = labelColours(input.colour)
  let x = MARGIN
  const badges = input.sdg11.map((target) => {
    const text = setText(target, 0, 0, 14)
    const width = text.width + 20
    const svg = `<g transform="translate(${x.toFixed(1)} 446)"><rect width="${width.toFixed(1)}" height="26" rx="13" fill="${badge.fill}"/><path transform="translate(10 18)" d="${text.d}" fill="${badge.text}"/></g>`
    x += width + 8
    return svg
  })

  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">
<defs><clipPath id="panel"><rect x="${PANEL.x}" y="${PANEL.y}" width="${PANEL.w}" height="${PANEL.h}"/></clipPath></defs>
<rect width="${W}" height="${H}" fill="${CARD}"/>
<rect x="7.5" y="7.5" width="${W - 15}" height="${H - 15}" fill="none" stroke="${INK}" stroke-opacity="0.35"/>
<rect x="${PANEL.x}" y="${PANEL.y}" width="${PANEL.w}" height="${PANEL.h}" fill="${input.colour}"/>
<g clip-path="url(#panel)" fill="none" stroke="${ink}" stroke-linecap="round" stroke-linejoin="round">
<g stroke-opacity="0.22">${pattern.join('')}</g>
<circle cx="${bx.toFixed(1)}" cy="${by.toFixed(1)}" r="${(clearing - 10).toFixed(1)}" stroke-opacity="0.35" stroke-width="1"/>
<path d="${mark}" transform="translate(${bx.toFixed(1)} ${by.toFixed(1)}) rotate(${tilt}) scale(${big}) translate(-12 -12)" stroke-width="${stroke(big, 5)}"/>
</g>
<g transform="translate(${PANEL.x + 10} ${PANEL.y + 10})"><rect width="${labelWidth.toFixed(1)}" height="18" rx="9" fill="${CARD}"/><path transform="translate(8 12.6)" d="${label.d}" fill="${INK}"/></g>
${title.lines.map((d) => `<path d="${d}" fill="${INK}"/>`).join('\n')}
<path d="${city.d}" fill="${INK}"/>
<path d="${year.d}" fill="#5A5A66"/>
${badges.join('\n')}
</svg>
`
}

export const POSTERS = 'assets/generated/posters'

/** Posters already drawn, by their input; a change to the drawing code or its fonts redraws. */
const HERE = dirname(fileURLToPath(import.meta.url))
const drawn = textCache('expo-posters', [
  join(HERE, 'posters.ts'),
  join(HERE, 'textPath.ts'),
  join(HERE, '..', '..', 'src', 'ui', 'fieldMarks.ts'),
  ...TEXT_FONTS,
])

/** Generator: one poster per initiative. */
export function posters(content: Content): Generated {
  const files = new Map<string, string>()
  for (const city of content.cities) {
    const colour = content.fields.fields.find((f) => f.id === city.field)?.colour ?? '#5A5A66'
    for (const initiative of city.initiatives) {
      const year = initiative.period ? initiative.period.slice(0, 4) : String(city.designated)
      const input: PosterInput = {
        id: initiative.id,
        title: initiative.title.en,
        field: city.field,
        colour,
        city: city.name.en,
        year,
        sdg11: initiative.sdg11,
      }
      files.set(
        `${POSTERS}/${initiative.id}.svg`,
        drawn.get(input, () => posterSvg(input)),
      )
    }
  }
  return { files, head: [] }
}

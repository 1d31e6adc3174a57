/**
 * An emblem for each creative field: its mark (the same as in the 2D view, ui/fieldMarks.ts)
 * on a disc of its colour, drawn in ink or white, whichever reads better on that colour.
 * Deterministic; used as an image or a texture where the inline SVG cannot be.
 */
import type { FieldId } from '../../src/catalogue/vocabulary.ts'
import { FIELD_MARKS } from '../../src/ui/fieldMarks.ts'
import type { Content } from '../content/validate.ts'
import type { Generated } from './generate.ts'
import { inkOn } from './posters.ts'

export const EMBLEMS = 'assets/generated/emblems'

const SIZE = 96

export function emblemSvg(field: FieldId, colour: string): string {
  const ink = inkOn(colour)
  const scale = 2.5
  const offset = (SIZE - 24 * scale) / 2
  const centre = SIZE / 2
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">
<circle cx="${centre}" cy="${centre}" r="${centre}" fill="${colour}"/>
<circle cx="${centre}" cy="${centre}" r="${centre - 5}" fill="none" stroke="${ink}" stroke-opacity="0.4" stroke-width="1.5"/>
<path d="${FIELD_MARKS[field]}" transform="translate(${offset} ${offset}) scale(${scale})" fill="none" stroke="${ink}" stroke-width="${(3.6 / scale).toFixed(2)}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`
}

/** Generator: one emblem per creative field, in the colour fields.json gives it. */
export function emblems(content: Content): Generated {
  const files = new Map<string, string>()
  for (const field of content.fields.fields)
    files.set(`${EMBLEMS}/${field.id}.svg`, emblemSvg(field.id, field.colour))
  return { files, head: [] }
}

/**
 * Posters for exhibits, drawn from the data: the field's colour and mark, the city, the year and
 * the SDG 11 targets. Deterministic: the same content always gives the same bytes.
 * An illustration, never a photograph; the alt text and credit in the page say so.
 */
import type { FieldId } from '../../src/catalogue/vocabulary.ts'
import type { Generated } from './generate.ts'
import type { Content } from '../content/validate.ts'
import { FIELD_MARKS } from '../../src/ui/fieldMarks.ts'
import { fitText, setText } from './textPath.ts'

export interface PosterInput {
  id: string
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

const W = 400
const H = 500

export function posterSvg(input: PosterInput): string {
  const h = hash(input.id)
  const mark = FIELD_MARKS[input.field]
  const columns = 3 + (h % 3)
  const cell = W / columns
  const rows = Math.ceil(330 / cell)
  const big = (h >> 4) % (columns * rows)
  const tiles: string[] = []
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      const i = r * columns + c
      const turn = ((h >> (i % 24)) & 3) * 90
      const scale = (cell * 0.62) / 24
      const cx = c * cell + cell / 2
      const cy = r * cell + cell / 2
      const opacity = i === big ? 1 : 0.32 + (((h >> (i % 20)) & 7) / 7) * 0.3
      tiles.push(
        `<path d="${mark}" transform="translate(${cx.toFixed(1)} ${cy.toFixed(1)}) rotate(${turn}) scale(${scale.toFixed(3)}) translate(-12 -12)" stroke-opacity="${opacity.toFixed(2)}" stroke-width="${(1.6 / scale).toFixed(2)}"/>`,
      )
    }
  const city = fitText(input.city.toUpperCase(), 28, 396, 34, W - 56)
  const year = setText(input.year, 28, 432, 18, 'regular')
  let x = 28
  const badges = input.sdg11.map((target) => {
    const label = setText(target, 0, 0, 14)
    const width = label.width + 20
    const badge = `<g transform="translate(${x.toFixed(1)} 452)"><rect width="${width.toFixed(1)}" height="26" rx="13" fill="${input.colour}"/><path transform="translate(10 18)" d="${label.d}" fill="#FFFFFF"/></g>`
    x += width + 8
    return badge
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">
<rect width="${W}" height="${H}" fill="#FFFDF9"/>
<rect width="${W}" height="340" fill="${input.colour}"/>
<g fill="none" stroke="#FFFFFF" stroke-linecap="round" stroke-linejoin="round">${tiles.join('')}</g>
<path d="${city.d}" fill="#1B1B1F"/>
<path d="${year.d}" fill="#5A5A66"/>
${badges.join('\n')}
</svg>
`
}

export const POSTERS = 'assets/generated/posters'

/** Generator: one poster per initiative. */
export function posters(content: Content): Generated {
  const files = new Map<string, string>()
  for (const city of content.cities) {
    const colour = content.fields.fields.find((f) => f.id === city.field)?.colour ?? '#5A5A66'
    for (const initiative of city.initiatives) {
      const year = initiative.period ? initiative.period.slice(0, 4) : String(city.designated)
      files.set(
        `${POSTERS}/${initiative.id}.svg`,
        posterSvg({
          id: initiative.id,
          field: city.field,
          colour,
          city: city.name.en,
          year,
          sdg11: initiative.sdg11,
        }),
      )
    }
  }
  return { files, head: [] }
}

/**
 * The generated fonts cover every character the site shows: Chinese and Arabic in the subset
 * fonts (page WOFF2 and label WOFF), Latin and Cyrillic in the Inter files the page serves
 * (@fontsource, imported by src/ui/styles/index.css) and in the label fonts. The texts are read
 * here straight from the files, not through the generator's own walk of the content.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import * as fontkit from 'fontkit'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkContent, type Content } from '../content/validate.ts'
import type { Generated } from '../assets/generate.ts'
import { fontsourceFaces } from './fontsource.ts'
import { FAMILIES, fonts } from './fonts.ts'
import { averageWidth, LOCAL_ARABIC, LOCAL_LATIN, shapedWidth } from './fallbacks.ts'
import {
  codePointsOf,
  inUnicodeRange,
  isInvisible,
  isScript,
  parseUnicodeRange,
  toUnicodeRange,
} from './ranges.ts'
import { intlTexts, sourceLiterals } from './texts.ts'

type Font = fontkit.Font
const require = createRequire(import.meta.url)

/** Every string in a JSON value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(strings)
      : []
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'))
const jsonFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dir, f))

let content: Content
let generated: Generated
let points: Set<number>

beforeAll(async () => {
  const checked = checkContent('content')
  if (!checked.content) throw new Error('content/ has errors: run npm run content:check')
  content = checked.content
  generated = await fonts(content)
  const texts = [
    ...jsonFiles('src/i18n/locales').flatMap((f) => strings(readJson(f))),
    // The glossary is the editors' reference, not shown on the site.
    ...jsonFiles('content')
      .filter((f) => !f.endsWith('glossary.json'))
      .flatMap((f) => strings(readJson(f))),
    ...jsonFiles('content/cities').flatMap((f) => strings(readJson(f))),
    ...sourceLiterals().map((t) => t.text),
    ...intlTexts(content).map((t) => t.text),
  ]
  points = new Set([...codePointsOf(texts)].filter((code) => !isInvisible(code)))
}, 120_000)

const open = (path: string): Font => {
  const data = generated.files.get(path)
  if (!(data instanceof Uint8Array)) throw new Error(`${path} was not generated`)
  return fontkit.create(Buffer.from(data)) as Font
}
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
const missingFrom = (font: Font, codes: Iterable<number>) =>
  [...codes].filter((c) => !font.hasGlyphForCodePoint(c)).map(hex)

/** The @font-face rules of the generated <style>: family, weight, file, unicode-range. */
function faces() {
  const href = generated.head.find((h) => h.tag === 'link')?.attrs?.href ?? ''
  const sheet = generated.files.get(href)
  const css = typeof sheet === 'string' ? sheet : ''
  return [...css.matchAll(/@font-face\{([^}]*)\}/g)].map(([, body = '']) => ({
    family: /font-family:'([^']+)'/.exec(body)?.[1],
    weight: Number(/font-weight:(\d+)/.exec(body)?.[1]),
    display: /font-display:(\w+)/.exec(body)?.[1],
    // url() is relative to the stylesheet, which sits beside the fonts.
    src: href.replace(/[^/]+$/, '') + (/url\(([^)]+)\)/.exec(body)?.[1] ?? ''),
    range: /unicode-range:([^;}]+)/.exec(body)?.[1] ?? '',
  }))
}

/** The weights each script is served at: bold Chinese is synthesized from the regular glyphs. */
const WEIGHTS = { zh: [400], ar: [400, 700] }

describe.each(['zh', 'ar'] as const)('the %s subset fonts', (script) => {
  const family = FAMILIES[script].family
  const used = () => [...points].filter((code) => isScript(script, code))
  const mine = () => faces().filter((f) => f.family === family)

  it('are declared per weight in slices, swap, each ranged to exactly what it holds', () => {
    expect([...new Set(mine().map((f) => f.weight))].sort()).toEqual(WEIGHTS[script])
    for (const weight of WEIGHTS[script])
      expect(mine().filter((f) => f.weight === weight).length).toBeGreaterThan(1)
    for (const face of mine()) {
      expect(face.display).toBe('swap')
      expect(face.src).toMatch(/^assets\/generated\/fonts\/[\w-]+\.[0-9a-f]{10}\.woff2$/)
      // fontkit lists U+FFFF, the end marker of a format 4 cmap, as a character.
      const held = open(face.src).characterSet.filter((code) => code !== 0xffff)
      expect(face.range).toBe(toUnicodeRange(held))
    }
  })

  it('hold every character of that script in use in exactly one slice per weight', () => {
    expect(used().length).toBeGreaterThan(0)
    for (const weight of WEIGHTS[script]) {
      const slices = mine()
        .filter((f) => f.weight === weight)
        .map((f) => ({ src: f.src, ranges: parseUnicodeRange(f.range), font: open(f.src) }))
      const problems = used().flatMap((code) => {
        const holders = slices.filter((s) => inUnicodeRange(s.ranges, code))
        if (holders.length !== 1) return [`${hex(code)} in ${holders.length} slices`]
        return missingFrom(holders[0]?.font as Font, [code]).map((c) => `${c}: no glyph`)
      })
      expect(problems, `weight ${weight}`).toEqual([])
    }
  })
})

describe('the fallback faces', () => {
  const fallbacks = () => {
    const href = generated.head.find((h) => h.tag === 'link')?.attrs?.href ?? ''
    const css = String(generated.files.get(href) ?? '')
    return [...css.matchAll(/@font-face\{font-family:'([^']+)';src:(local[^;]+);([^}]*)\}/g)].map(
      ([, family = '', src = '', rest = '']) => ({
        family,
        src,
        descriptors: Object.fromEntries(rest.split(';').map((d) => d.split(':'))),
      }),
    )
  }

  it('give Inter’s width and line metrics to local fonts, and Noto’s line metrics to theirs', () => {
    const inter = fontkit.openSync(
      require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff2'),
    ) as Font
    const byFamily = Object.fromEntries(fallbacks().map((f) => [f.family, f]))
    for (const { family, width } of LOCAL_LATIN) {
      const face = byFamily[family]
      const adjust = averageWidth(inter) / width
      expect(face?.descriptors['size-adjust']).toBe(`${(adjust * 100).toFixed(2)}%`)
      expect(parseFloat(face?.descriptors['ascent-override'] ?? '')).toBeCloseTo(
        (inter.hhea.ascent / inter.unitsPerEm / adjust) * 100,
        1,
      )
    }
    expect(byFamily['Noto Sans SC Expo Fallback']?.descriptors).toMatchObject({
      'size-adjust': '100.00%',
      'ascent-override': '116.00%',
      'descent-override': '28.80%',
    })
    expect(byFamily['Noto Sans Arabic Expo Fallback']?.src).toContain("local('Noto Sans Arabic')")
  })

  it('record the widths of DejaVu Sans as its file gives them (the fallback on these machines)', () => {
    const dejavu = fontkit.openSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf') as Font
    const recorded = LOCAL_LATIN.find((f) =>
      (f.local as readonly string[]).includes('DejaVu Sans'),
    )?.width
    expect(recorded).toBeCloseTo(averageWidth(dejavu), 3)
    const arabic = LOCAL_ARABIC.find((f) => (f.local as readonly string[]).includes('DejaVu Sans'))
    expect(arabic?.width).toBeCloseTo(shapedWidth(dejavu), 2)
  })
})

describe('Arabic shaping', () => {
  it('survives subsetting: letters join (initial, medial, final forms differ from isolated)', () => {
    // The letters, with their joining forms, are all in the first Arabic slice.
    const face = faces().find((f) => f.family === FAMILIES.ar.family && f.weight === 400)
    const font = open(face?.src ?? '')
    // Dots are separate mark glyphs in Noto (ccmp); the letter bodies must take three joined forms.
    const isolated = new Set(font.layout('ب').glyphs.map((g) => g.id))
    const joined = font
      .layout('ببب')
      .glyphs.map((g) => g.id)
      .filter((id) => !isolated.has(id))
    expect(new Set(joined).size).toBe(3)
  })
})

describe('Latin and Cyrillic', () => {
  const latin = () => [...points].filter((c) => !isScript('zh', c) && !isScript('ar', c))
  const weights = [
    ...readFileSync('src/ui/styles/index.css', 'utf8').matchAll(
      /@import '@fontsource\/inter\/(\d+)\.css'/g,
    ),
  ].map((m) => Number(m[1]))

  it.each([400, 600, 700].filter((w) => weights.includes(w)))(
    'are all in the Inter files the page serves at weight %i',
    (weight) => {
      const served = fontsourceFaces(`@fontsource/inter/${weight}.css`).map((face) => ({
        ...face,
        font: fontkit.openSync(face.woff2) as Font,
      }))
      const missing = latin().filter(
        (code) =>
          !served.some((f) => inUnicodeRange(f.ranges, code) && f.font.hasGlyphForCodePoint(code)),
      )
      expect(missing.map((c) => `${hex(c)} ${String.fromCodePoint(c)}`)).toEqual([])
    },
  )
})

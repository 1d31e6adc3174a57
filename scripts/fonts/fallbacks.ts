/**
 * Fallback faces with adjusted metrics (size-adjust, ascent-override, descent-override), so that
 * while a web font loads (font-display: swap) the text is set in a local font of nearly the same
 * width and line height, and the swap does not move the page (CLS).
 * The local fonts cannot be read at build time (they are the visitor's), so their average width
 * is recorded here, measured once from their files with `averageWidth` and the SAMPLE below.
 */
import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'

const require = createRequire(import.meta.url)

/** Latin text of the exhibition's kind (English, French, Spanish), for an average width. */
export const SAMPLE =
  'Creative Cities Expo: how the cities of the UNESCO Creative Cities Network answered COVID-19. ' +
  'Les villes créatives ont ouvert des bibliothèques en ligne, des marchés et des festivals. ' +
  'Las ciudades apoyaron a los artistas, 2020–2021, Kraków, Bologna, Chengdu.'

/** An Arabic line of the exhibition, for the width of a shaped (joined) text. */
export const SAMPLE_AR =
  'يعرض هذا المعرض كيف استجابت مدن شبكة اليونسكو للمدن المبدعة لجائحة كوفيد-19 في عامي ' +
  '2020 و2021، في مجالات الشبكة الإبداعية السبعة.'

interface Metrics {
  unitsPerEm: number
  hhea: { ascent: number; descent: number; lineGap: number }
  layout(text: string): { glyphs: { advanceWidth: number }[]; positions: { xAdvance: number }[] }
}

/** Mean advance width of the characters of `sample`, in ems. */
export function averageWidth(font: Metrics, sample = SAMPLE): number {
  const glyphs = font.layout(sample).glyphs
  const total = glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0)
  return total / glyphs.length / font.unitsPerEm
}

/** Width of `text` as the font sets it (shaped: Arabic letters in their joined forms), in ems. */
export function shapedWidth(font: Metrics, text = SAMPLE_AR): number {
  const total = font.layout(text).positions.reduce((sum, p) => sum + p.xAdvance, 0)
  return total / font.unitsPerEm
}

/**
 * Local fonts a visitor may have, by the width of SAMPLE in ems: Arial (Windows, macOS) and the
 * fonts made to its metrics (Liberation Sans 1.07 measured, Arimo); DejaVu Sans 2.37 (Linux
 * without Liberation, and the test Chromium here).
 */
export const LOCAL_LATIN = [
  { family: 'Inter Fallback', local: ['Arial', 'Liberation Sans', 'Arimo'], width: 0.4546 },
  { family: 'Inter Fallback DejaVu', local: ['DejaVu Sans'], width: 0.5103 },
] as const

/**
 * Local Arabic fonts by the width of SAMPLE_AR, shaped, in ems: DejaVu Sans 2.37 (Linux, and the
 * test Chromium here). The others (Noto Sans Arabic, Geeza Pro, Segoe UI, Tahoma) are taken at
 * their own size.
 */
export const LOCAL_ARABIC = [
  { family: 'Noto Sans Arabic Expo Fallback DejaVu', local: ['DejaVu Sans'], width: 62.083 },
] as const

const percent = (value: number) => `${(value * 100).toFixed(2)}%`

function face(family: string, local: readonly string[], descriptors: Record<string, string>) {
  const src = local.map((name) => `local('${name}')`).join(',')
  const rest = Object.entries(descriptors)
    .map(([key, value]) => `${key}:${value}`)
    .join(';')
  return `@font-face{font-family:'${family}';src:${src};${rest}}`
}

/** Line metrics of a face, as overrides for a fallback drawn `sizeAdjust` times larger. */
function overrides(font: Metrics, sizeAdjust: number) {
  const em = font.unitsPerEm * sizeAdjust
  return {
    'size-adjust': percent(sizeAdjust),
    'ascent-override': percent(font.hhea.ascent / em),
    'descent-override': percent(Math.abs(font.hhea.descent) / em),
    'line-gap-override': percent(font.hhea.lineGap / em),
  }
}

const INTER = '@fontsource/inter/files/inter-latin-400-normal.woff2'

/**
 * The fallback faces. Inter's: a local sans-serif scaled to Inter's average width, with Inter's
 * line metrics. Chinese and Arabic: a local font of the script at its own size (CJK ideographs
 * are all one em wide; Arabic widths vary too much between fonts for one factor to help) with
 * the Noto face's line metrics, so a line keeps its height when the Noto slices arrive.
 */
export function fallbackFaces(noto: { zh: string; ar: string }): {
  css: string[]
  families: Record<'latin' | 'zh' | 'ar', string[]>
} {
  const inter = fontkit.openSync(require.resolve(INTER)) as unknown as Metrics
  const interWidth = averageWidth(inter)
  const css = LOCAL_LATIN.map(({ family, local, width }) =>
    face(family, local, overrides(inter, interWidth / width)),
  )
  const zh = fontkit.openSync(noto.zh) as unknown as Metrics
  const ar = fontkit.openSync(noto.ar) as unknown as Metrics
  css.push(
    face(
      'Noto Sans SC Expo Fallback',
      ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC'],
      overrides(zh, 1),
    ),
    face(
      'Noto Sans Arabic Expo Fallback',
      ['Noto Sans Arabic', 'Geeza Pro', 'Segoe UI', 'Tahoma'],
      overrides(ar, 1),
    ),
    ...LOCAL_ARABIC.map(({ family, local, width }) =>
      face(family, local, overrides(ar, shapedWidth(ar) / width)),
    ),
  )
  return {
    css,
    families: {
      latin: LOCAL_LATIN.map(({ family }) => family),
      zh: ['Noto Sans SC Expo Fallback'],
      ar: ['Noto Sans Arabic Expo Fallback', ...LOCAL_ARABIC.map(({ family }) => family)],
    },
  }
}

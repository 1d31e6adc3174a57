/**
 * Generator of the self-hosted Chinese and Arabic fonts, cut to the characters the interface
 * and the content use (texts.ts):
 * WOFF2 files declared in one hashed stylesheet of @font-face rules, each with the unicode-range
 * of exactly the characters it holds, so a page downloads a file only when it shows one of them.
 * Chinese comes in slices cut for the pages that show the characters together (slices.ts,
 * pages.ts), at weight 400 only: bold Chinese is the browser's emboldening of the regular glyphs
 * (a real 700 face would double the bytes of every Chinese page). Arabic keeps 400 and 700, each
 * in two slices: the letters and marks (one file, so that words join and marks attach) with the
 * frequent signs, then the rare signs. Fallback faces with Inter's and Noto's metrics
 * (fallbacks.ts) keep the swap from moving the page.
 * The 3D labels are drawn on canvases with these same page fonts (src/scene/labelTexture.ts).
 * Inter for the page comes from @fontsource/inter (src/ui/styles/index.css).
 */
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'
import type { Content } from '../content/validate.ts'
import type { Generated } from '../assets/generate.ts'
import {
  codePointsOf,
  isScript,
  isSharedPunctuation,
  toUnicodeRange,
  type Script,
} from './ranges.ts'
import { contentHash, subset, type FontFormat } from './subset.ts'
import { collectTexts, countriesOf, LOCALES_DIR, stringsOf, type Text } from './texts.ts'
import { clusterSlices, frequencies, type SliceCosts } from './slices.ts'
import { firstScreenOf, pagesOf } from './pages.ts'
import { fallbackFaces } from './fallbacks.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { AUTONYMS } from '../../src/i18n/languages.ts'

const require = createRequire(import.meta.url)
export const FONTS_DIR = 'assets/generated/fonts'
/** The face of the language names in the language menus (see src/ui/styles/index.css). */
export const AUTONYM_FAMILY = 'Expo Autonyms'
const WEIGHTS = [400, 700] as const
type Weight = (typeof WEIGHTS)[number]
/**
 * What a Chinese slice costs a page, in bytes: a file's own tables and its request (measured:
 * a one-glyph WOFF2 of Noto Sans SC is about 1 kB) and each glyph (about 140 bytes). A larger
 * `file` makes fewer, larger slices.
 */
export const SLICE_COSTS: SliceCosts = { file: 1500, glyph: 140 }

interface Family {
  family: string
  name: string
  sources: Record<Weight, string>
  /** Always kept, whatever the texts say (numerals Intl may write in some locales). */
  always?: readonly number[]
}

export const FAMILIES: Record<Script, Family> = {
  zh: {
    family: 'Noto Sans SC Expo',
    name: 'noto-sans-sc',
    sources: {
      400: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
      700: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
    },
  },
  ar: {
    family: 'Noto Sans Arabic Expo',
    name: 'noto-sans-arabic',
    sources: {
      400: require.resolve('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff'),
      700: require.resolve('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff'),
    },
    // Arabic-Indic digits, percent, decimal and thousands separators (٠–٩ ٪ ٫ ٬).
    always: Array.from({ length: 0x066c - 0x0660 + 1 }, (_, i) => 0x0660 + i),
  },
}

type Font = { hasGlyphForCodePoint(code: number): boolean }
const opened = new Map<string, Font>()
function glyphs(path: string): Font {
  let font = opened.get(path)
  if (!font) {
    font = fontkit.openSync(path) as Font
    opened.set(path, font)
  }
  return font
}

/** The code points a script's font keeps: its own script anywhere, its punctuation in its texts. */
export function charsForScript(script: Script, texts: readonly Text[]): Set<number> {
  const points = new Set<number>(FAMILIES[script].always ?? [])
  for (const { lang, text } of texts)
    for (const code of codePointsOf([text]))
      if (isScript(script, code) || (lang === script && isSharedPunctuation(code))) points.add(code)
  return points
}

const toText = (points: Iterable<number>) => String.fromCodePoint(...points)

interface Emitted {
  path: string
  points: number[]
}

async function emit(
  files: Generated['files'],
  source: string,
  name: string,
  points: Set<number>,
  format: FontFormat,
): Promise<Emitted> {
  const font = glyphs(source)
  const kept = [...points].filter((code) => font.hasGlyphForCodePoint(code)).sort((a, b) => a - b)
  const bytes = await subset(source, toText(kept), format)
  const path = `${FONTS_DIR}/${name}.${contentHash(bytes)}.${format}`
  files.set(path, bytes)
  return { path, points: kept }
}

function fontFace(family: string, weight: Weight, { path, points }: Emitted): string {
  return (
    `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};` +
    // The stylesheet sits beside the fonts: a relative url() resolves from it.
    `font-display:swap;src:url(${path.split('/').pop()}) format('woff2');unicode-range:${toUnicodeRange(points)}}`
  )
}

/** The Chinese slices: characters grouped by the pages that show them (pages.ts). */
export function chineseSlices(content: Content, texts: readonly Text[], localesDir = LOCALES_DIR) {
  const strings = JSON.parse(readFileSync(join(localesDir, 'zh.json'), 'utf8')) as Record<
    string,
    unknown
  >
  const pages = pagesOf(content, 'zh', strings)
  const first = codePointsOf(firstScreenOf(content, 'zh', strings))
  return clusterSlices(charsForScript('zh', texts), pages, SLICE_COSTS, first).map((s) => s.points)
}

/**
 * The Arabic slices: letters, marks and every sign used at least once per 1,000 Arabic characters
 * in the first (ordered by frequency), the rarer signs in the second.
 */
export function arabicSlices(texts: readonly Text[]): number[][] {
  const points = charsForScript('ar', texts)
  const counts = frequencies(
    points,
    texts.filter((text) => text.lang === 'ar'),
  )
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0)
  const first: number[] = []
  const rare: number[] = []
  for (const [code, count] of [...counts].sort(([a, x], [b, y]) => y - x || a - b))
    (/[\p{L}\p{M}]/u.test(String.fromCodePoint(code)) || count * 1000 >= total ? first : rare).push(
      code,
    )
  return rare.length > 0 ? [first, rare] : [first]
}

/**
 * What the subsets depend on in the content: the characters of its texts, per language, and the
 * countries it names (Intl writes their names). The interface strings and src/ are read once per
 * process (a locale edit needs a restart of `npm start`).
 */
function contentKey(content: Content): string {
  const chars = new Map<string, Set<string>>()
  for (const { lang = '', text } of stringsOf(content)) {
    let set = chars.get(lang)
    if (!set) chars.set(lang, (set = new Set()))
    for (const char of text) set.add(char)
  }
  const parts = [...chars].map(([lang, set]) => `${lang}:${[...set].sort().join('')}`).sort()
  return [...parts, [...countriesOf(content)].sort().join(',')].join('\n')
}

/** The last result, by content key: most edits (a typo, a link) change no character set. */
let last: { key: string; generated: Promise<Generated> } | undefined

export function fonts(content: Content): Promise<Generated> {
  const key = contentKey(content)
  if (last?.key !== key) {
    const generated = generateFonts(content)
    last = { key, generated }
    // A failure must not stick: the next edit tries again.
    generated.catch(() => {
      if (last?.generated === generated) last = undefined
    })
  }
  return last.generated
}

async function generateFonts(content: Content): Promise<Generated> {
  const texts = collectTexts(content)
  const files: Generated['files'] = new Map()
  const slices = { zh: chineseSlices(content, texts), ar: arabicSlices(texts) }
  const rules: string[] = []
  const script = async (id: Script, weight: Weight) => {
    const family = FAMILIES[id]
    const emitted = await Promise.all(
      slices[id].map((points, index) =>
        emit(
          files,
          family.sources[weight],
          `${family.name}-${weight}-${index}`,
          new Set(points),
          'woff2',
        ),
      ),
    )
    for (const face of emitted)
      if (face.points.length > 0) rules.push(fontFace(family.family, weight, face))
  }
  await script('zh', 400)
  for (const weight of WEIGHTS) {
    await script('ar', weight)
    // The language menu names 中文, العربية and Русский in their scripts on every page: a few
    // hundred bytes of their own, so an English page never fetches the Chinese or Arabic font, or
    // Inter's Cyrillic (8 kB), for them.
    const sources = {
      zh: FAMILIES.zh.sources[weight],
      ar: FAMILIES.ar.sources[weight],
      ru: require.resolve(`@fontsource/inter/files/inter-cyrillic-${weight}-normal.woff`),
    }
    const autonyms = await Promise.all(
      (['zh', 'ar', 'ru'] as const).map((id) =>
        emit(files, sources[id], `autonym-${id}-${weight}`, codePointsOf([AUTONYMS[id]]), 'woff2'),
      ),
    )
    for (const face of autonyms) rules.push(fontFace(AUTONYM_FAMILY, weight, face))
  }
  rules.push(...fallbackFaces({ zh: FAMILIES.zh.sources[400], ar: FAMILIES.ar.sources[400] }).css)
  // A stylesheet file, not an inline <style>: the site runs under a CSP without 'unsafe-inline'.
  const css = rules.join('\n')
  const sheet = `${FONTS_DIR}/fonts.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`
  files.set(sheet, css)
  return {
    files,
    head: [{ tag: 'link', attrs: { rel: 'stylesheet', href: sheet, id: 'expo-fonts' } }],
  }
}

/**
 * Generator of the self-hosted Chinese and Arabic fonts, cut to the characters the interface
 * and the content use (texts.ts):
 * - WOFF2 for the page, declared in one <style> of @font-face rules whose unicode-range is the
 *   exact set of characters kept, so a page downloads a script's font only when it shows it;
 * - WOFF for the 3D labels (troika reads no WOFF2), with Inter cut the same way for Latin and
 *   Cyrillic, listed in assets/generated/fonts/labels.json.
 * Inter for the page comes from @fontsource/inter (src/ui/styles/index.css).
 */
import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'
import type { Content } from '../content/validate.ts'
import type { Generated } from '../assets/generate.ts'
import { fontsourceFaces } from './fontsource.ts'
import {
  codePointsOf,
  inUnicodeRange,
  isInvisible,
  isScript,
  isSharedPunctuation,
  toUnicodeRange,
  type Script,
} from './ranges.ts'
import { contentHash, subset, type FontFormat } from './subset.ts'
import { collectTexts, type Text } from './texts.ts'

const require = createRequire(import.meta.url)
export const FONTS_DIR = 'assets/generated/fonts'
export const LABELS_MANIFEST = `${FONTS_DIR}/labels.json`
const WEIGHTS = [400, 700] as const
type Weight = (typeof WEIGHTS)[number]

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

/** The Inter faces (latin first) the labels draw Latin and Cyrillic with, in fallback order. */
const INTER_SUBSETS = [
  'latin',
  'latin-ext',
  'cyrillic',
  'cyrillic-ext',
  'greek',
  'greek-ext',
  'vietnamese',
]
function interFaces(weight: Weight) {
  return fontsourceFaces(`@fontsource/inter/${weight}.css`)
    .map((face) => ({ ...face, subset: /inter-(.+)-\d+-normal\.woff$/.exec(face.woff)?.[1] ?? '' }))
    .filter((face) => INTER_SUBSETS.includes(face.subset))
    .sort((a, b) => INTER_SUBSETS.indexOf(a.subset) - INTER_SUBSETS.indexOf(b.subset))
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

/** The code points Latin/Cyrillic labels need: everything outside the two subset scripts. */
export function charsForInter(texts: readonly Text[]): Set<number> {
  const points = new Set<number>()
  for (const code of codePointsOf(texts.map((t) => t.text)))
    if (!isScript('zh', code) && !isScript('ar', code) && !isInvisible(code)) points.add(code)
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
    `font-display:swap;src:url(${path}) format('woff2');unicode-range:${toUnicodeRange(points)}}`
  )
}

export interface LabelFont {
  src: string
  unicodeRange: string
}

/** labels.json: one WOFF per script for the regular weight, and troika font lists per weight. */
export interface LabelsManifest {
  latin: string
  zh: string
  ar: string
  fonts: Record<`${Weight}`, LabelFont[]>
}

export async function fonts(content: Content): Promise<Generated> {
  const texts = collectTexts(content)
  const files: Generated['files'] = new Map()
  const latin = charsForInter(texts)
  const label = (e: Emitted): LabelFont => ({ src: e.path, unicodeRange: toUnicodeRange(e.points) })

  const inter = (weight: Weight) =>
    Promise.all(
      interFaces(weight)
        .map((face) => ({
          face,
          points: new Set([...latin].filter((c) => inUnicodeRange(face.ranges, c))),
        }))
        .filter(({ points }) => points.size > 0)
        .map(({ face, points }) =>
          emit(files, face.woff, `inter-${face.subset}-${weight}-label`, points, 'woff'),
        ),
    )
  const script = (id: Script, weight: Weight, format: FontFormat) =>
    emit(
      files,
      FAMILIES[id].sources[weight],
      `${FAMILIES[id].name}-${weight}`,
      charsForScript(id, texts),
      format,
    )

  const rules: string[] = []
  const lists = {} as Record<`${Weight}`, LabelFont[]>
  for (const weight of WEIGHTS) {
    const [latinFonts, zh, ar, zhPage, arPage] = await Promise.all([
      inter(weight),
      script('zh', weight, 'woff'),
      script('ar', weight, 'woff'),
      script('zh', weight, 'woff2'),
      script('ar', weight, 'woff2'),
    ])
    rules.push(
      fontFace(FAMILIES.zh.family, weight, zhPage),
      fontFace(FAMILIES.ar.family, weight, arPage),
    )
    lists[`${weight}`] = [
      ...latinFonts.filter((e) => e.points.length).map(label),
      label(zh),
      label(ar),
    ]
  }
  const regular = lists['400']
  const manifest: LabelsManifest = {
    latin: regular[0]?.src ?? '',
    zh: regular.at(-2)?.src ?? '',
    ar: regular.at(-1)?.src ?? '',
    fonts: lists,
  }
  files.set(LABELS_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`)
  return {
    files,
    head: [{ tag: 'style', attrs: { id: 'expo-fonts' }, children: rules.join('\n') }],
  }
}

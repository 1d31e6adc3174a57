/**
 * Generator of the self-hosted Chinese and Arabic fonts, cut to the characters the interface
 * and the content use (texts.ts):
 * - WOFF2 for the page, declared in one <style> of @font-face rules whose unicode-range is the
 *   exact set of characters kept, so a page downloads a script's font only when it shows it;
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
import { collectTexts, countriesOf, stringsOf, type Text } from './texts.ts'
import { AUTONYMS } from '../../src/i18n/languages.ts'

const require = createRequire(import.meta.url)
export const FONTS_DIR = 'assets/generated/fonts'
/** The face of the language names in the language menus (see src/ui/styles/index.css). */
export const AUTONYM_FAMILY = 'Expo Autonyms'
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
  const script = (id: Script, weight: Weight) =>
    emit(
      files,
      FAMILIES[id].sources[weight],
      `${FAMILIES[id].name}-${weight}`,
      charsForScript(id, texts),
      'woff2',
    )
  const rules: string[] = []
  for (const weight of WEIGHTS) {
    const [zh, ar] = await Promise.all([script('zh', weight), script('ar', weight)])
    rules.push(fontFace(FAMILIES.zh.family, weight, zh), fontFace(FAMILIES.ar.family, weight, ar))
    // The language menu names 中文 and العربية in their scripts on every page: a few hundred
    // bytes of their own, so an English page never fetches the Chinese or Arabic font for them.
    const autonyms = await Promise.all(
      (['zh', 'ar'] as const).map((id) =>
        emit(
          files,
          FAMILIES[id].sources[weight],
          `autonym-${id}-${weight}`,
          codePointsOf([AUTONYMS[id]]),
          'woff2',
        ),
      ),
    )
    for (const face of autonyms) rules.push(fontFace(AUTONYM_FAMILY, weight, face))
  }
  // A stylesheet file, not an inline <style>: the site runs under a CSP without 'unsafe-inline'.
  const css = rules.join('\n')
  const sheet = `${FONTS_DIR}/fonts.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`
  files.set(sheet, css)
  return {
    files,
    head: [{ tag: 'link', attrs: { rel: 'stylesheet', href: sheet, id: 'expo-fonts' } }],
  }
}

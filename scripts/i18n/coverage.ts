/**
 * `npm run i18n:check`: the interface strings in src/i18n/locales against en.json and src/.
 * One line per problem (`file: key: message`), then one summary line per locale; exit 1 on any
 * problem. Problems: a key missing from a locale or unknown to en.json, an en.json key that no
 * code uses, a key the code uses that en.json lacks, a plural group without every CLDR category
 * of its language (Intl.PluralRules: Arabic has six) or with one the language does not have.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface Source {
  file: string
  code: string
}

export interface LocalesInput {
  /** Language → parsed locale file. */
  locales: Record<string, unknown>
  /** The code that calls t() (tests excluded). */
  sources: Source[]
  /** How a locale file is named in messages. Default `src/i18n/locales/<lang>.json`. */
  fileOf?: (lang: string) => string
  reference?: string
}

export interface CoverageReport {
  problems: string[]
  summary: string[]
}

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const
const PLURAL = /^(.*?)(_ordinal)?_(zero|one|two|few|many|other)$/

/** Dotted key → string; anything else than strings and objects is a problem. */
function flatten(value: unknown, prefix: string, out: Map<string, string>, bad: string[]): void {
  if (typeof value === 'string') out.set(prefix, value)
  else if (typeof value === 'object' && value !== null && !Array.isArray(value))
    for (const [key, item] of Object.entries(value))
      flatten(item, prefix ? `${prefix}.${key}` : key, out, bad)
  else bad.push(prefix)
}

interface Shape {
  /** Logical keys: plain keys, and plural groups by their base (`ground.cityCount`). */
  plain: Set<string>
  plurals: Map<string, { ordinal: boolean; categories: Set<string> }>
  bad: string[]
}

function shapeOf(locale: unknown): Shape {
  const flat = new Map<string, string>()
  const bad: string[] = []
  flatten(locale, '', flat, bad)
  const plain = new Set<string>()
  const plurals: Shape['plurals'] = new Map()
  for (const key of flat.keys()) {
    const match = PLURAL.exec(key)
    if (!match) {
      plain.add(key)
      continue
    }
    const [, base = '', ordinal, category = ''] = match
    const group = plurals.get(base) ?? { ordinal: Boolean(ordinal), categories: new Set() }
    group.categories.add(category)
    plurals.set(base, group)
  }
  return { plain, plurals, bad }
}

/** What the code asks for: exact keys, and prefixes from templates such as t(`view.${x}`). */
export function usedKeys(sources: readonly Source[]): {
  exact: Map<string, string>
  prefixes: Set<string>
} {
  const exact = new Map<string, string>()
  const prefixes = new Set<string>()
  const call = /(?:\bt\(\s*|\bi18nKey=\{?\s*)(?:(['"])([^'"\n]*?)\1|`([^`$]*)(\$\{)?[^`]*`)/g
  for (const { file, code } of sources)
    for (const match of code.matchAll(call)) {
      const [, , quoted, template, dynamic] = match
      if (quoted !== undefined) exact.set(quoted, exact.get(quoted) ?? file)
      else if (dynamic) prefixes.add(template ?? '')
      else if (template !== undefined) exact.set(template, exact.get(template) ?? file)
    }
  return { exact, prefixes }
}

const categoriesOf = (lang: string, ordinal: boolean): string[] =>
  new Intl.PluralRules(lang, { type: ordinal ? 'ordinal' : 'cardinal' }).resolvedOptions()
    .pluralCategories

const suffixes = (categories: Iterable<string>) =>
  [...categories]
    .sort((a, b) => CATEGORIES.indexOf(a as never) - CATEGORIES.indexOf(b as never))
    .map((c) => `_${c}`)
    .join(' ')

export function checkLocales({
  locales,
  sources,
  fileOf = (lang) => `src/i18n/locales/${lang}.json`,
  reference = 'en',
}: LocalesInput): CoverageReport {
  const problems: string[] = []
  const summary: string[] = []
  const shapes = new Map(Object.entries(locales).map(([lang, json]) => [lang, shapeOf(json)]))
  const en = shapes.get(reference)
  if (!en) return { problems: [`${fileOf(reference)}: missing`], summary }
  const enKeys = new Set([...en.plain, ...en.plurals.keys()])

  // Every en key used by the code, and every key the code uses known to en.
  const { exact, prefixes } = usedKeys(sources)
  const used = (key: string) =>
    exact.has(key) ||
    [...exact.keys()].some((u) => key.startsWith(`${u}.`)) ||
    [...prefixes].some((p) => key.startsWith(p))
  for (const key of [...enKeys].sort())
    if (!used(key)) problems.push(`${fileOf(reference)}: ${key}: not used in src/`)
  for (const [key, file] of [...exact].sort(([a], [b]) => a.localeCompare(b)))
    if (!enKeys.has(key) && ![...enKeys].some((k) => k.startsWith(`${key}.`)))
      problems.push(`${file}: ${key}: used but not in ${fileOf(reference)}`)

  const usage = problems.length

  const langs = [reference, ...[...shapes.keys()].filter((l) => l !== reference).sort()]
  for (const lang of langs) {
    const shape = shapes.get(lang)
    if (!shape) continue
    const file = fileOf(lang)
    const before = problems.length
    for (const key of shape.bad) problems.push(`${file}: ${key}: must be a string`)
    const keys = new Set([...shape.plain, ...shape.plurals.keys()])
    for (const key of [...enKeys].sort()) {
      if (shape.bad.includes(key)) continue
      if (!keys.has(key)) problems.push(`${file}: ${key}: missing (present in ${reference})`)
      else if (en.plurals.has(key) && !shape.plurals.has(key))
        problems.push(`${file}: ${key}: must be a plural group like in ${reference}`)
      else if (!en.plurals.has(key) && shape.plurals.has(key))
        problems.push(`${file}: ${key}: is a plural group but not in ${reference}`)
    }
    for (const key of [...keys].sort())
      if (!enKeys.has(key)) problems.push(`${file}: ${key}: not in ${fileOf(reference)}`)
    for (const [key, { ordinal, categories }] of [...shape.plurals].sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      const wanted = categoriesOf(lang, ordinal)
      const missing = wanted.filter((c) => !categories.has(c))
      // i18next picks `_zero` for a count of 0 in any language, so it is never extra.
      const extra = [...categories].filter((c) => !wanted.includes(c) && c !== 'zero')
      if (missing.length)
        problems.push(
          `${file}: ${key}: missing plural forms ${suffixes(missing)} (${lang} has ${suffixes(wanted)})`,
        )
      if (extra.length)
        problems.push(
          `${file}: ${key}: plural forms ${suffixes(extra)} are not used in ${lang} (it has ${suffixes(wanted)})`,
        )
    }
    const count = problems.length - before + (lang === reference ? usage : 0)
    summary.push(
      `${lang}: ${[...keys].filter((k) => enKeys.has(k)).length}/${enKeys.size} keys, ` +
        `${shape.plurals.size} plural groups (${suffixes(categoriesOf(lang, false))}), ` +
        (count ? `${count} problem${count === 1 ? '' : 's'}` : 'ok'),
    )
  }
  return { problems, summary }
}

/** Reads the real locale files and src/ (tests and declarations excluded). */
export function readProject(root = process.cwd()): LocalesInput {
  const dir = join(root, 'src/i18n/locales')
  const locales: Record<string, unknown> = {}
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort())
    locales[file.slice(0, -5)] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown
  const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.(test|d)\.tsx?$/.test(f))
    .sort()
    .map((f) => ({ file: `src/${f}`, code: readFileSync(join(root, 'src', f), 'utf8') }))
  return { locales, sources }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { problems, summary } = checkLocales(readProject())
    for (const line of problems) console.log(line)
    for (const line of summary) console.log(line)
    console.log(
      problems.length
        ? `${problems.length} i18n problem${problems.length === 1 ? '' : 's'}`
        : 'i18n ok: every locale complete, every key used, every plural form present',
    )
    process.exitCode = problems.length ? 1 : 0
  } catch (error) {
    console.error(
      `i18n check could not run: ${error instanceof Error ? error.message : String(error)}`,
    )
    process.exitCode = 1
  }
}

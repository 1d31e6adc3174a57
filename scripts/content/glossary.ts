/**
 * The glossary check (issue 13). content/glossary.json names, once per language, the seven creative
 * fields, the title formula "UNESCO City of <Field>", the SDG 11 terms and the rule for SDG 11 targets.
 * This module tests what can be tested reliably against it:
 * - content/fields.json: every field's name and city title equal the glossary's, language by language;
 * - the interface: the city-title string, filled with each field's title, states the formula once;
 *   any other interface string that states the formula uses a title from the glossary;
 * - city introductions: one that states the formula states it for the city's own field, in the
 *   glossary's words (Arabic and Russian may decline the head noun, so only the rest is compared);
 * - typography: French text never has a straight apostrophe, Chinese text never 「」.
 * Pure functions over parsed data plus a reader for the repository; bad content gives problems,
 * never an exception.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as z from 'zod/mini'
import { explainIssue, toPointer, type Problem } from '../../src/catalogue/issues.ts'
import {
  fieldIdSchema,
  fieldsSchema,
  localizedTextSchema,
  type FieldsFile,
} from '../../src/catalogue/schema.ts'
import {
  CONTENT_LANGUAGES,
  FIELDS,
  SDG11_TARGETS,
  type ContentLanguage,
} from '../../src/catalogue/vocabulary.ts'
import { parseJson } from './json.ts'

const term = z.string().check(z.trim(), z.minLength(1, { error: 'must not be empty' }))
/** A glossary entry is given in all six languages; none falls back to English. */
const everyLanguage = z.strictObject({ en: term, fr: term, zh: term, es: term, ar: term, ru: term })

export const glossarySchema = z.strictObject({
  description: term,
  languages: z.array(z.enum(CONTENT_LANGUAGES)),
  titleFormula: everyLanguage,
  fields: z
    .array(z.strictObject({ id: fieldIdSchema, name: everyLanguage, cityTitle: everyLanguage }))
    .check(
      z.refine((list) => FIELDS.every((id) => list.filter((f) => f.id === id).length === 1), {
        error: `must list each of the ${FIELDS.length} creative fields once`,
      }),
    ),
  terms: z.record(z.string(), everyLanguage),
  sdg11Rule: z.strictObject({
    intro: everyLanguage,
    targets: z.record(z.enum(SDG11_TARGETS), everyLanguage),
  }),
  sources: z.array(term),
})

export type Glossary = z.infer<typeof glossarySchema>
export type GlossaryField = Glossary['fields'][number]

const GLOSSARY_FILE = 'content/glossary.json'
const FIELDS_FILE = 'content/fields.json'
const CITIES_DIR = 'content/cities'
const LOCALES_DIR = 'src/i18n/locales'
/** The interface string that states a city's title; `{{title}}` is the field's cityTitle. */
const TITLE_KEY = ['city', 'designated'] as const

/** UNESCO's name as it appears inside the formula in each language. */
const UNESCO: Record<ContentLanguage, string> = {
  en: 'UNESCO',
  fr: 'UNESCO',
  zh: '联合国教科文组织',
  es: 'UNESCO',
  ar: 'اليونسكو',
  ru: 'ЮНЕСКО',
}

/** A text matching this states the title formula (for some field), however well. */
const STATES_FORMULA: Record<ContentLanguage, RegExp> = {
  en: /\bUNESCO (?:Creative )?Cit(?:y|ies) of\b/i,
  fr: /\bvilles? créatives? de l[’']UNESCO\b/i,
  zh: /联合国教科文组织[“「"][^”」"]{1,12}之都/,
  es: /\bciudad(?:es)? creativas? de la UNESCO\b/i,
  ar: /اليونسكو المبدعة في مجال|مبدعة لليونسكو/,
  ru: /ЮНЕСКО в области/i,
}

/** The part of a title that never changes in running text: Arabic and Russian decline the head noun. */
const DECLINED_HEAD: Partial<Record<ContentLanguage, RegExp>> = {
  ar: /^مدينة\s+/,
  ru: /^творческий город\s+/i,
}

export function titleCore(language: ContentLanguage, title: string): string {
  const head = DECLINED_HEAD[language]
  return head ? title.replace(head, '') : title
}

const fold = (text: string) => text.toLocaleLowerCase().normalize('NFC')
const count = (text: string, part: string) => text.split(part).length - 1
const problem = (file: string, path: readonly PropertyKey[], message: string): Problem => ({
  file,
  pointer: toPointer(path),
  message,
  severity: 'error',
})

/** fields.json copies each field's name and city title from the glossary, in every language. */
export function checkFields(glossary: Glossary, fields: FieldsFile, file = FIELDS_FILE): Problem[] {
  const problems: Problem[] = []
  for (const entry of glossary.fields) {
    const index = fields.fields.findIndex((f) => f.id === entry.id)
    const field = fields.fields[index]
    if (!field) {
      problems.push(problem(file, ['fields'], `no field "${entry.id}" (the glossary has it)`))
      continue
    }
    for (const key of ['name', 'cityTitle'] as const)
      for (const language of CONTENT_LANGUAGES) {
        const want = entry[key][language]
        const have = field[key][language]
        if (have !== want)
          problems.push(
            problem(
              file,
              ['fields', index, key, language],
              `is ${JSON.stringify(have ?? null)}; the glossary says ${JSON.stringify(want)}`,
            ),
          )
      }
  }
  return problems
}

function stringAt(value: unknown, path: readonly string[]): string | undefined {
  let here: unknown = value
  for (const key of path) {
    if (typeof here !== 'object' || here === null || Array.isArray(here)) return undefined
    here = (here as Record<string, unknown>)[key]
  }
  return typeof here === 'string' ? here : undefined
}

function strings(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, [...path, i]))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]))
  return []
}

/**
 * The interface states the formula through `city.designated` with `{{title}}` = fields.json's
 * cityTitle: filled in for each field, the title must appear once and UNESCO's name only once (the
 * title carries it). Any other interface string that states the formula must use a glossary title.
 */
export function checkLocale(
  glossary: Glossary,
  language: ContentLanguage,
  locale: unknown,
  file: string,
): Problem[] {
  const problems: Problem[] = []
  const template = stringAt(locale, TITLE_KEY)
  if (template === undefined)
    problems.push(problem(file, TITLE_KEY, 'missing: the string that states a city’s title'))
  else if (!template.includes('{{title}}'))
    problems.push(
      problem(file, TITLE_KEY, 'does not show {{title}}, the field’s title from the glossary'),
    )
  else {
    const doubled = glossary.fields
      .map((field) => field.cityTitle[language])
      .map((title) => ({
        title,
        shown: template.replaceAll('{{title}}', title).replaceAll('{{year}}', '2004'),
      }))
      .find(({ title, shown }) => count(shown, UNESCO[language]) !== count(title, UNESCO[language]))
    if (doubled)
      problems.push(
        problem(file, TITLE_KEY, `names UNESCO again around the title: “${doubled.shown}”`),
      )
  }
  const titles = glossary.fields.map((f) => fold(f.cityTitle[language]))
  for (const { path, text } of strings(locale)) {
    if (path.join('.') === TITLE_KEY.join('.') || !STATES_FORMULA[language].test(text)) continue
    if (!titles.some((title) => fold(text).includes(title)))
      problems.push(
        problem(
          file,
          path,
          `states the title formula, but not as the glossary writes it: “${text}”`,
        ),
      )
  }
  return problems
}

export interface CityText {
  file: string
  field: (typeof FIELDS)[number]
  introduction: Partial<Record<ContentLanguage, string>>
}

/** An introduction that states the title formula uses the glossary's title for the city's own field. */
export function checkIntroductions(glossary: Glossary, cities: readonly CityText[]): Problem[] {
  const problems: Problem[] = []
  for (const city of cities) {
    const entry = glossary.fields.find((f) => f.id === city.field)
    if (!entry) continue
    for (const language of CONTENT_LANGUAGES) {
      const text = city.introduction[language]
      if (!text || !STATES_FORMULA[language].test(text)) continue
      const core = titleCore(language, entry.cityTitle[language])
      if (!fold(text).includes(fold(core)))
        problems.push(
          problem(
            city.file,
            ['introduction', language],
            `states the title formula but not “${entry.cityTitle[language]}”`,
          ),
        )
    }
  }
  return problems
}

const LANGUAGE_KEYS = new Set<string>(CONTENT_LANGUAGES)
const isLocalized = (value: unknown): value is Partial<Record<ContentLanguage, unknown>> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => LANGUAGE_KEYS.has(key))

/** French keeps its typographic apostrophe ’, Chinese its “” quotation marks (DESIGN.md, issue 13). */
export function checkTypography(file: string, document: unknown): Problem[] {
  const problems: Problem[] = []
  const walk = (value: unknown, path: (string | number)[]) => {
    if (isLocalized(value)) {
      const fr = value.fr
      const zh = value.zh
      if (typeof fr === 'string' && fr.includes("'"))
        problems.push(
          problem(
            file,
            [...path, 'fr'],
            `French text with a straight apostrophe: “${excerpt(fr, "'")}”`,
          ),
        )
      if (typeof zh === 'string' && /[「」]/.test(zh))
        problems.push(
          problem(
            file,
            [...path, 'zh'],
            `Chinese text with 「」 instead of “”: “${excerpt(zh, /[「」]/)}”`,
          ),
        )
      return
    }
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]))
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key])
  }
  walk(document, [])
  return problems
}

function excerpt(text: string, mark: string | RegExp): string {
  const at = typeof mark === 'string' ? text.indexOf(mark) : text.search(mark)
  return (
    (at > 20 ? '…' : '') +
    text.slice(Math.max(0, at - 20), at + 20) +
    (at + 20 < text.length ? '…' : '')
  )
}

type Read = { ok: true; value: unknown } | { ok: false; problem: Problem }

function readJson(root: string, file: string): Read {
  const path = join(root, file)
  if (!existsSync(path)) return { ok: false, problem: problem(file, [], 'file is missing') }
  const json = parseJson(readFileSync(path, 'utf8'))
  return json.ok
    ? { ok: true, value: json.value }
    : { ok: false, problem: problem(file, [], json.message) }
}

const citySchema = z.object({ field: fieldIdSchema, introduction: localizedTextSchema })

export interface GlossaryReport {
  glossary: Problem[]
  fields: Problem[]
  locales: Problem[]
  introductions: Problem[]
  typography: Problem[]
}

/** Reads the repository under `root` and checks it against its glossary, part by part. */
export function checkGlossary(root = process.cwd()): GlossaryReport {
  const report: GlossaryReport = {
    glossary: [],
    fields: [],
    locales: [],
    introductions: [],
    typography: [],
  }
  const read = readJson(root, GLOSSARY_FILE)
  if (!read.ok) return { ...report, glossary: [read.problem] }
  const parsed = glossarySchema.safeParse(read.value, { reportInput: true })
  if (!parsed.success) {
    report.glossary = parsed.error.issues.flatMap((issue) =>
      explainIssue(issue).map(({ pointer, message }): Problem => ({
        file: GLOSSARY_FILE,
        pointer,
        message,
        severity: 'error',
      })),
    )
    return report
  }
  const glossary = parsed.data

  const fields = readJson(root, FIELDS_FILE)
  if (!fields.ok) report.fields.push(fields.problem)
  else {
    const file = fieldsSchema.safeParse(fields.value)
    if (file.success) report.fields.push(...checkFields(glossary, file.data))
    else
      report.fields.push(
        problem(FIELDS_FILE, [], 'does not match its schema (run npm run content:check)'),
      )
  }

  for (const language of CONTENT_LANGUAGES) {
    const file = `${LOCALES_DIR}/${language}.json`
    const locale = readJson(root, file)
    if (!locale.ok) report.locales.push(locale.problem)
    else report.locales.push(...checkLocale(glossary, language, locale.value, file))
  }

  const documents: { file: string; value: unknown }[] = []
  for (const name of readdirSync(join(root, 'content'))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const document = readJson(root, `content/${name}`)
    if (document.ok) documents.push({ file: `content/${name}`, value: document.value })
  }
  const cities: CityText[] = []
  for (const name of readdirSync(join(root, CITIES_DIR))
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = `${CITIES_DIR}/${name}`
    const document = readJson(root, file)
    // A file that does not parse is content:check's to report.
    if (!document.ok) continue
    documents.push({ file, value: document.value })
    const city = citySchema.safeParse(document.value)
    if (city.success)
      cities.push({ file, field: city.data.field, introduction: city.data.introduction })
  }
  report.introductions = checkIntroductions(glossary, cities)
  report.typography = documents.flatMap(({ file, value }) => checkTypography(file, value))
  return report
}

/**
 * Checks a content folder as a whole: every file against its schema, then what no single file
 * can know (ids, references between files, media on disk, translation coverage).
 * Returns problems; never throws for bad content.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import type * as z from 'zod/mini'
import { explainIssue, type Problem } from '../../src/catalogue/issues.ts'
import {
  citySchema,
  exhibitionSchema,
  fieldsSchema,
  networkSchema,
  sdg11FileSchema,
  type City,
  type Exhibition,
  type FieldsFile,
  type NetworkFile,
  type Sdg11File,
} from '../../src/catalogue/schema.ts'
import { invisibleWarnings } from './invisibles.ts'
import { mediaChecker } from './media-check.ts'
import { parseJsonBytes } from './json.ts'
import { LIMITS } from '../../src/catalogue/limits.ts'
import { coverageOf, type Coverage } from './coverage.ts'
import type { FileCache } from './fileCache.ts'

export interface Content {
  exhibition: Exhibition
  fields: FieldsFile
  sdg11: Sdg11File
  network: NetworkFile
  cities: City[]
  /** Folder that holds `assets/` (media `src` is relative to it), for the image generator. */
  publicDir?: string
}

export interface CheckResult {
  problems: Problem[]
  coverage: Coverage
  /** Present when every file parsed and matched its schema (warnings allowed). */
  content?: Content
}

export interface CheckOptions {
  /** Folder that holds `assets/` (media `src` is relative to it). Default: `<dir>/../public`. */
  publicDir?: string
  /** Results of earlier checks by file and content hash (the dev server keeps one). */
  cache?: FileCache
}

/** Parsing and schema validation of one file's bytes: what the cache keeps. */
function checkBytes<S extends z.ZodMiniType>(bytes: Uint8Array, schema: S) {
  const json = parseJsonBytes(bytes)
  if (!json.ok) return { json }
  const result = schema.safeParse(json.value, { reportInput: true })
  const errors = result.success ? [] : result.error.issues.flatMap(explainIssue)
  // A string already refused (an address with a bidi control) needs no warning besides.
  const refused = new Set(errors.map((e) => e.pointer))
  const invisibles = invisibleWarnings(json.value, '', refused)
  return { json, errors, invisibles, data: result.success ? result.data : undefined }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const records = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter(isRecord) : []

export function checkContent(dir: string, options: CheckOptions = {}): CheckResult {
  const root = resolve(dir)
  const publicDir = resolve(options.publicDir ?? join(root, '..', 'public'))
  const display = (file: string) => relative(process.cwd(), file) || file
  const problems: Problem[] = []
  const coverage = coverageOf()

  /** Reads and validates one file; `raw` is the parsed JSON even when the schema fails. */
  function read<S extends z.ZodMiniType>(
    file: string,
    schema: S,
  ): { raw?: unknown; data?: z.infer<S> } {
    const name = display(file)
    if (!existsSync(file)) {
      problems.push({ file: name, pointer: '', message: 'file is missing', severity: 'error' })
      return {}
    }
    const bytes = statSync(file).size
    if (bytes > LIMITS.fileBytes) {
      const size = (n: number) => `${(n / 1048576).toFixed(1)} MB`
      const message = `the file is ${size(bytes)}; a content file is at most ${size(LIMITS.fileBytes)}`
      problems.push({ file: name, pointer: '', message, severity: 'error' })
      return {}
    }
    const content = readFileSync(file)
    const checked = options.cache
      ? options.cache.get(name, schema, content, () => checkBytes(content, schema))
      : checkBytes(content, schema)
    const { json } = checked
    if (!json.ok) {
      problems.push({ file: name, pointer: '', message: json.message, severity: 'error' })
      return {}
    }
    for (const { pointer, message } of json.duplicates)
      problems.push({ file: name, pointer, message, severity: 'error' })
    coverage.add(json.value, name, problems)
    for (const { pointer, message } of checked.errors ?? [])
      problems.push({ file: name, pointer, message, severity: 'error' })
    for (const warning of checked.invisibles ?? []) problems.push({ ...warning, file: name })
    return checked.data === undefined
      ? { raw: json.value }
      : { raw: json.value, data: checked.data }
  }
  const load = <S extends z.ZodMiniType>(file: string, schema: S) => read(file, schema).data

  const exhibitionFile = join(root, 'exhibition.json')
  const exhibition = load(exhibitionFile, exhibitionSchema)
  const siteUrl = exhibition?.site?.url
  if (exhibition && !siteUrl)
    problems.push({
      file: display(exhibitionFile),
      pointer: '/site',
      message: 'no site address: page metadata will use EXPO_SITE_URL, or a placeholder',
      severity: 'warning',
    })
  else if (siteUrl && !siteUrl.startsWith('https://'))
    problems.push({
      file: display(exhibitionFile),
      pointer: '/site/url',
      message: 'the site address should be https://, or link previews may not show',
      severity: 'warning',
    })
  const fields = load(join(root, 'fields.json'), fieldsSchema)
  const sdg11 = load(join(root, 'sdg11.json'), sdg11FileSchema)
  const network = load(join(root, 'network.json'), networkSchema)

  const citiesDir = join(root, 'cities')
  const cityFiles = existsSync(citiesDir)
    ? readdirSync(citiesDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : []
  const cities: City[] = []
  const media = mediaChecker(publicDir, display, problems)
  /** Every city file counts for references, even an invalid one: one mistake, one message. */
  const cityFileIds = new Set(cityFiles.map((f) => basename(f, '.json')))
  /** Initiative ids per city file, read from the raw JSON so they are known even when invalid. */
  const initiativesByCity = new Map<string, Set<string>>()
  const initiativeOwner = new Map<string, string>()
  for (const fileName of cityFiles) {
    const file = join(citiesDir, fileName)
    const { raw, data } = read(file, citySchema)
    const name = display(file)
    const expected = basename(fileName, '.json')
    if (!isRecord(raw)) continue
    const own = new Set<string>()
    initiativesByCity.set(expected, own)
    if (typeof raw.id === 'string' && raw.id !== expected)
      problems.push({
        file: name,
        pointer: '/id',
        message: `must equal the file name "${expected}"`,
        severity: 'error',
      })
    records(raw.initiatives).forEach((initiative, index) => {
      if (typeof initiative.id === 'string') {
        own.add(initiative.id)
        const owner = initiativeOwner.get(initiative.id)
        if (owner)
          problems.push({
            file: name,
            pointer: `/initiatives/${index}/id`,
            message: `"${initiative.id}" is already used in ${owner}`,
            severity: 'error',
          })
        else initiativeOwner.set(initiative.id, name)
      }
      media.check(records(initiative.media), `/initiatives/${index}/media`, name)
    })
    if (data) cities.push(data)
  }

  const networkIds = new Set(network?.cities.map((c) => c.id) ?? [])
  cities.forEach((city) =>
    city.initiatives.forEach((initiative, index) =>
      (initiative.otherCities ?? []).forEach((other, k) => {
        if (!cityFileIds.has(other) && !networkIds.has(other))
          problems.push({
            file: display(join(citiesDir, city.id + '.json')),
            pointer: `/initiatives/${index}/otherCities/${k}`,
            message: `no city "${other}" in cities/ or network.json`,
            severity: 'error',
          })
      }),
    ),
  )

  exhibition?.tours.forEach((tour, t) =>
    tour.stops.forEach((stop, s) => {
      const at = `/tours/${t}/stops/${s}`
      const known = initiativesByCity.get(stop.city)
      if (!cityFileIds.has(stop.city)) {
        problems.push({
          file: display(exhibitionFile),
          pointer: at + '/city',
          message: `no city "${stop.city}" in cities/`,
          severity: 'error',
        })
      } else if (known && stop.initiative && !known.has(stop.initiative)) {
        problems.push({
          file: display(exhibitionFile),
          pointer: at + '/initiative',
          message: `city "${stop.city}" has no initiative "${stop.initiative}"`,
          severity: 'error',
        })
      }
    }),
  )

  media.checkUnreferencedSvgs()

  const hasErrors = problems.some((p) => p.severity === 'error')
  const content =
    !hasErrors && exhibition && fields && sdg11 && network
      ? { exhibition, fields, sdg11, network, cities, publicDir }
      : undefined
  return { problems, coverage: coverage.summary(), ...(content ? { content } : {}) }
}

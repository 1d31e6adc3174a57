/**
 * Lenient runtime parsing of the compiled catalogue: an invalid item is dropped and reported as a
 * notice; only a wholly unreadable index is an error. Pure: no fetch, no React.
 */
import type * as z from 'zod/mini'
import {
  cityFileSchema,
  citySummarySchema,
  compiledInitiativeSchema,
  indexEnvelopeSchema,
  narrationPartSchema,
  narrationSchema,
  networkCitySchema,
  networkPartSchema,
  titleSchema,
  titlesPartSchema,
  tourOutlineSchema,
  type CatalogueIndex,
  type CatalogueTour,
  type CompiledCity,
  type Parts,
} from './compiled.ts'
import { explainIssue, toPointer } from './issues.ts'
import { LIMITS } from './limits.ts'
import { PARTS, withPart, type PartName } from './parts.ts'

export interface Notice {
  /** Where the problem is: a file and a JSON pointer. */
  where: string
  message: string
}

export type Parsed<T> = { ok: true; value: T; notices: Notice[] } | { ok: false; notices: Notice[] }

function noticesOf(
  error: z.core.$ZodError,
  where: string,
  base: (string | number)[] = [],
): Notice[] {
  return error.issues.flatMap((issue) =>
    explainIssue(issue).map(({ pointer, message }) => ({
      where: `${where}: ${toPointer(base)}${pointer}`,
      message,
    })),
  )
}

/** The item if it passes `schema`; else undefined, and a notice that says where. */
function validOne<T>(
  item: unknown,
  schema: z.ZodMiniType<T>,
  where: string,
  path: (string | number)[],
  notices: Notice[],
): T | undefined {
  const result = schema.safeParse(item, { reportInput: true })
  if (result.success) return result.data
  notices.push(...noticesOf(result.error, where, path))
  return undefined
}

/** Keeps the items that pass `schema`; each dropped one becomes a notice. */
function keepValid<T>(
  items: unknown[],
  schema: z.ZodMiniType<T>,
  where: string,
  base: string[],
  notices: Notice[],
): T[] {
  return items.flatMap((item, index) => {
    const valid = validOne(item, schema, where, [...base, index], notices)
    return valid === undefined ? [] : [valid]
  })
}

export function parseIndex(data: unknown, where = 'catalogue'): Parsed<CatalogueIndex> {
  const envelope = indexEnvelopeSchema.safeParse(data, { reportInput: true })
  if (!envelope.success) return { ok: false, notices: noticesOf(envelope.error, where) }
  const notices: Notice[] = []
  const { exhibition, cities, ...rest } = envelope.data
  const tours: CatalogueTour[] = keepValid(
    exhibition.tours,
    tourOutlineSchema,
    where,
    ['exhibition', 'tours'],
    notices,
  )
  const value: CatalogueIndex = {
    ...rest,
    exhibition: { ...exhibition, tours },
    network: [],
    cities: keepValid(cities, citySummarySchema, where, ['cities'], notices).map((city) => ({
      ...city,
      initiatives: atMost(city.initiatives, `${where}: /cities/${city.id}`, notices),
    })),
  }
  return { ok: true, value, notices }
}

/** Parses one part file; invalid entries are dropped with a notice, like the index's items. */
export function parsePart<N extends PartName>(
  name: N,
  data: unknown,
  where: string,
): Parsed<Parts[N]> {
  const notices: Notice[] = []
  if (name === 'titles') {
    const file = titlesPartSchema.safeParse(data, { reportInput: true })
    if (!file.success) return { ok: false, notices: noticesOf(file.error, where) }
    const titles: Parts['titles'] = new Map(
      Object.entries(file.data.titles).flatMap(([id, item]) => {
        const title = validOne(item, titleSchema, where, ['titles', id], notices)
        return title ? [[id, title] as const] : []
      }),
    )
    return { ok: true, value: titles as Parts[N], notices }
  }
  if (name === 'network') {
    const file = networkPartSchema.safeParse(data, { reportInput: true })
    if (!file.success) return { ok: false, notices: noticesOf(file.error, where) }
    const network = keepValid(file.data.network, networkCitySchema, where, ['network'], notices)
    return { ok: true, value: network as Parts[N], notices }
  }
  const file = narrationPartSchema.safeParse(data, { reportInput: true })
  if (!file.success) return { ok: false, notices: noticesOf(file.error, where) }
  // A narration that does not parse leaves a gap at its stop (the tour still runs, silently).
  const tours: Parts['narration'] = new Map(
    Object.entries(file.data.tours).map(([id, stops]) => [
      id,
      stops.map(
        (stop, i) =>
          validOne(stop, narrationSchema, where, ['tours', id, i], notices) ?? {
            en: '',
          },
      ),
    ]),
  )
  return { ok: true, value: tours as Parts[N], notices }
}

/** The index with every part merged in, each read by `read` (for the build and the tests). */
export function withAllParts(
  index: CatalogueIndex,
  read: (file: string) => unknown,
): Parsed<CatalogueIndex> {
  let whole = index
  const notices: Notice[] = []
  for (const name of PARTS) {
    const file = index.parts[name]
    const part = parsePart(name, read(file), file)
    notices.push(...part.notices)
    if (!part.ok) return { ok: false, notices }
    whole = withPart(whole, name, part.value)
  }
  return { ok: true, value: whole, notices }
}

export function parseCity(data: unknown, where: string): Parsed<CompiledCity> {
  const file = cityFileSchema.safeParse(data, { reportInput: true })
  if (!file.success) return { ok: false, notices: noticesOf(file.error, where) }
  const notices: Notice[] = []
  const initiatives = keepValid(
    file.data.initiatives,
    compiledInitiativeSchema,
    where,
    ['initiatives'],
    notices,
  )
  return {
    ok: true,
    value: { ...file.data, initiatives: atMost(initiatives, where, notices) },
    notices,
  }
}

/**
 * A pavilion shows at most LIMITS.initiativesPerCity exhibits: a file that holds more (the CLI
 * refuses it; a hand-made or hostile build may not) keeps the first ones, with a notice, so the
 * room's draw calls stay bounded whatever the file says.
 */
function atMost<T>(initiatives: T[], where: string, notices: Notice[]): T[] {
  const limit = LIMITS.initiativesPerCity
  if (initiatives.length <= limit) return initiatives
  notices.push({
    where: `${where}: /initiatives`,
    message: `${initiatives.length} exhibits; a pavilion shows the first ${limit}`,
  })
  return initiatives.slice(0, limit)
}

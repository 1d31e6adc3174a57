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
  networkCitySchema,
  type CatalogueIndex,
  type CompiledCity,
} from './compiled'
import { explainIssue, toPointer } from './issues'
import { LIMITS } from './limits'
import { tourSchema, type Tour } from './schema'

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

/** Keeps the items that pass `schema`; each dropped one becomes a notice. */
function keepValid<T>(
  items: unknown[],
  schema: z.ZodMiniType<T>,
  where: string,
  base: string[],
  notices: Notice[],
): T[] {
  const kept: T[] = []
  items.forEach((item, index) => {
    const result = schema.safeParse(item, { reportInput: true })
    if (result.success) kept.push(result.data)
    else notices.push(...noticesOf(result.error, where, [...base, index]))
  })
  return kept
}

export function parseIndex(data: unknown, where = 'catalogue'): Parsed<CatalogueIndex> {
  const envelope = indexEnvelopeSchema.safeParse(data, { reportInput: true })
  if (!envelope.success) return { ok: false, notices: noticesOf(envelope.error, where) }
  const notices: Notice[] = []
  const { exhibition, network, cities, ...rest } = envelope.data
  const tours: Tour[] = keepValid(
    exhibition.tours,
    tourSchema,
    where,
    ['exhibition', 'tours'],
    notices,
  )
  const value: CatalogueIndex = {
    ...rest,
    exhibition: { ...exhibition, tours },
    network: keepValid(network, networkCitySchema, where, ['network'], notices),
    cities: keepValid(cities, citySummarySchema, where, ['cities'], notices).map((city) => ({
      ...city,
      initiatives: atMost(city.initiatives, `${where}: /cities/${city.id}`, notices),
    })),
  }
  return { ok: true, value, notices }
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

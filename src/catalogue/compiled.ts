/**
 * The shape of the compiled catalogue the site loads: one index (what the ground and the lists
 * need) and one file per city (fetched when that city is opened). Derived from the content
 * schemas, so the runtime validates with the same rules as the CLI.
 */
import { z } from 'zod'
import {
  citySchema,
  exhibitionSchema,
  fieldsSchema,
  initiativeSchema,
  networkSchema,
  sdg11FileSchema,
} from './schema'

export const CATALOGUE_VERSION = 1

export const initiativeSummarySchema = initiativeSchema.pick({
  id: true,
  title: true,
  sdg11: true,
  practices: true,
  period: true,
})

export const citySummarySchema = citySchema
  .pick({ id: true, name: true, country: true, field: true, designated: true, location: true })
  .extend({
    initiatives: z.array(initiativeSummarySchema),
    /** Address of the city's full file, relative to the index; content-hashed. */
    file: z.string().regex(/^cities\/[a-z0-9-]+\.[0-9a-f]{10}\.json$/),
  })

/** Each list item is checked on its own at runtime, so one bad item never blanks the show. */
export const indexEnvelopeSchema = z.object({
  version: z.literal(CATALOGUE_VERSION),
  exhibition: exhibitionSchema
    .omit({ $schema: true, tours: true })
    .extend({ tours: z.array(z.unknown()) }),
  fields: fieldsSchema.shape.fields,
  sdg11: sdg11FileSchema.shape.targets,
  network: z.array(z.unknown()),
  cities: z.array(z.unknown()),
})

export const networkCitySchema = networkSchema.shape.cities.element
export const cityFileSchema = citySchema
  .omit({ $schema: true })
  .extend({ initiatives: z.array(z.unknown()) })

export type InitiativeSummary = z.infer<typeof initiativeSummarySchema>
export type CitySummary = z.infer<typeof citySummarySchema>
export type CatalogueIndex = Omit<
  z.infer<typeof indexEnvelopeSchema>,
  'exhibition' | 'network' | 'cities'
> & {
  exhibition: z.infer<typeof exhibitionSchema>
  network: z.infer<typeof networkCitySchema>[]
  cities: CitySummary[]
}

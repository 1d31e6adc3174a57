/**
 * The shape of the compiled catalogue the site loads: one index (what the ground and the lists
 * need) and one file per city (fetched when that city is opened). Derived from the content
 * schemas, so the runtime validates with the same rules as the CLI.
 */
import * as z from 'zod/mini'
import {
  citySchema,
  exhibitionSchema,
  fieldsSchema,
  imageSchema,
  initiativeSchema,
  networkSchema,
  sdg11FileSchema,
  videoSchema,
  type City,
} from './schema'

export const CATALOGUE_VERSION = 1

export const initiativeSummarySchema = z.pick(initiativeSchema, {
  id: true,
  title: true,
  sdg11: true,
  practices: true,
  period: true,
})

export const citySummarySchema = z.extend(
  z.pick(citySchema, {
    id: true,
    name: true,
    country: true,
    field: true,
    designated: true,
    location: true,
  }),
  {
    initiatives: z.array(initiativeSummarySchema),
    /** Address of the city's full file, relative to the index; content-hashed. */
    file: z.string().check(z.regex(/^cities\/[a-z0-9-]+\.[0-9a-f]{10}\.json$/)),
  },
)

/** Each list item is checked on its own at runtime, so one bad item never blanks the show. */
export const indexEnvelopeSchema = z.object({
  version: z.literal(CATALOGUE_VERSION),
  /** Address of the search texts, relative to the index; content-hashed, loaded on demand. */
  search: z.optional(z.string().check(z.regex(/^search\.[0-9a-f]{10}\.json$/))),
  exhibition: z.extend(z.omit(exhibitionSchema, { $schema: true, tours: true }), {
    tours: z.array(z.unknown()),
  }),
  fields: fieldsSchema.shape.fields,
  sdg11: sdg11FileSchema.shape.targets,
  network: z.array(z.unknown()),
  cities: z.array(z.unknown()),
})

export const networkCitySchema = networkSchema.shape.cities.def.element
export const cityFileSchema = z.extend(z.omit(citySchema, { $schema: true }), {
  initiatives: z.array(z.unknown()),
})

/** A generated version of a curator photo, e.g. "assets/generated/images/stage.0123456789-640.webp". */
const generatedImage = z
  .string()
  .check(z.regex(/^assets\/generated\/images\/[a-z0-9-]+\.[0-9a-f]{10}-\d+\.(?:avif|webp|jpg)$/))
const variantsSchema = z
  .array(z.strictObject({ src: generatedImage, width: z.int().check(z.positive()) }))
  .check(z.minLength(1))

/** The web versions the build makes of a JPEG or PNG under public/assets/ (sizes in px). */
export const webImageSchema = z.strictObject({
  avif: variantsSchema,
  webp: variantsSchema,
  /** JPEG for browsers without either format. */
  fallback: generatedImage,
  /** A tiny blurred preview, shown while the photo loads; a data URI under ~1 KB. */
  placeholder: z
    .string()
    .check(z.maxLength(2048), z.regex(/^data:image\/webp;base64,[A-Za-z0-9+/]+=*$/)),
  /** Size of the largest version, for the aspect ratio. */
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
})

/** The compiled city file: as the curator wrote it, plus `web` on the images the build resized. */
export const compiledImageSchema = z.extend(imageSchema, { web: z.optional(webImageSchema) })
export const compiledInitiativeSchema = z.extend(initiativeSchema, {
  media: z.optional(z.array(z.discriminatedUnion('type', [compiledImageSchema, videoSchema]))),
})

export type WebImage = z.infer<typeof webImageSchema>
export type CompiledImage = z.infer<typeof compiledImageSchema>
export type CompiledInitiative = z.infer<typeof compiledInitiativeSchema>
export type CompiledCity = Omit<City, 'initiatives'> & { initiatives: CompiledInitiative[] }
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

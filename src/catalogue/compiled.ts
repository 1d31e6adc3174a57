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
  tourSchema,
  type City,
  type LocalizedText,
  type Tour,
} from './schema.ts'
import { PARTS, type PartName } from './parts.ts'

export const CATALOGUE_VERSION = 2

export const initiativeSummarySchema = z.extend(
  z.pick(initiativeSchema, { id: true, sdg11: true, practices: true, period: true }),
  { title: z.optional(initiativeSchema.shape.title) },
)

const tourStopSchema = tourSchema.shape.stops.def.element
/** A tour in the index: its stops without narration (the `narration` part holds them). */
export const tourOutlineSchema = z.extend(tourSchema, {
  stops: z.array(z.omit(tourStopSchema, { narration: true })).check(z.minLength(1)),
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
  parts: z.strictObject(
    Object.fromEntries(
      PARTS.map((name) => [
        name,
        z.string().check(z.regex(new RegExp(`^${name}\\.[0-9a-f]{10}\\.json$`))),
      ]),
    ) as Record<PartName, z.ZodMiniString>,
  ),
  exhibition: z.extend(z.omit(exhibitionSchema, { $schema: true, tours: true }), {
    tours: z.array(z.unknown()),
  }),
  fields: fieldsSchema.shape.fields,
  sdg11: sdg11FileSchema.shape.targets,
  cities: z.array(z.unknown()),
})

/** The `titles` part: every exhibit's title, by exhibit id. */
export const titlesPartSchema = z.strictObject({
  version: z.literal(CATALOGUE_VERSION),
  titles: z.record(z.string(), z.unknown()),
})
/** The `network` part: every member city of the network. */
export const networkPartSchema = z.strictObject({
  version: z.literal(CATALOGUE_VERSION),
  network: z.array(z.unknown()),
})
/** The `narration` part: each tour's narrations, one per stop, by tour id. */
export const narrationPartSchema = z.strictObject({
  version: z.literal(CATALOGUE_VERSION),
  tours: z.record(z.string(), z.array(z.unknown())),
})
export const titleSchema = initiativeSchema.shape.title
export const narrationSchema = tourStopSchema.shape.narration

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
export type NetworkCity = z.infer<typeof networkCitySchema>
/** A tour as the site holds it: narrations arrive with the `narration` part. */
export type CatalogueTour = Omit<Tour, 'stops'> & {
  stops: (Omit<Tour['stops'][number], 'narration'> & { narration?: LocalizedText })[]
}
/** The parts as parsed, ready to be merged into the index. */
export interface Parts {
  titles: ReadonlyMap<string, LocalizedText>
  network: NetworkCity[]
  narration: ReadonlyMap<string, LocalizedText[]>
}
/**
 * The index as the site holds it: what the index file says, and what the loaded parts added
 * (titles on the summaries, `network`, narrations on the tours' stops; empty until loaded).
 */
export type CatalogueIndex = Omit<z.infer<typeof indexEnvelopeSchema>, 'exhibition' | 'cities'> & {
  exhibition: Omit<z.infer<typeof exhibitionSchema>, 'tours'> & { tours: CatalogueTour[] }
  network: NetworkCity[]
  cities: CitySummary[]
}
/** The index file as the build writes it (no parts merged in). */
export type IndexFile = Omit<CatalogueIndex, 'network' | 'exhibition'> & {
  exhibition: Omit<CatalogueIndex['exhibition'], 'tours'> & {
    tours: z.infer<typeof tourOutlineSchema>[]
  }
}

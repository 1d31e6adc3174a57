/**
 * The catalogue's one source of truth (SPEC §4). The CLI check, the runtime loader and the
 * JSON Schema files in content/schema/ all come from these zod schemas; the types are inferred.
 * Pure module: no React, three, zustand or i18next.
 */
import './zodConfig'
import { z } from 'zod'
import { COUNTRIES, FIELDS, NETWORK_FIELDS, PRACTICES, SDG11_TARGETS } from './vocabulary'

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** https only, by pattern: `javascript:`, `data:` and `http:` never pass. */
const HTTPS = /^https:\/\/[^\s/$.?#][^\s]*$/
/** A year, month or day, or an interval of two of them: 2020, 2020-04, 2020-04-01/2020-06. */
const PERIOD = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/
/** Curator images live under public/assets/; no segment starts with a dot, so no `..`. */
const ASSET = /^assets(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)+\.(?:png|jpe?g|webp|avif|svg)$/

const text = z.string().trim().min(1, { error: 'must not be empty' })

export const idSchema = z
  .string()
  .regex(KEBAB, { error: 'must be kebab-case: lower-case letters, digits and single hyphens' })
  .meta({ description: 'kebab-case identifier, e.g. "krakow-literature"' })

export const httpsUrlSchema = z
  .string()
  .regex(HTTPS, { error: 'must be an https:// address' })
  .meta({ description: 'An https:// address (http:, data: and javascript: are refused).' })

/** Text in the content languages; `en` is required, a missing language falls back to it. */
export const localizedTextSchema = z
  .strictObject({
    en: text,
    fr: text.optional(),
    zh: text.optional(),
    es: text.optional(),
    ar: text.optional(),
    ru: text.optional(),
  })
  .meta({
    description:
      'Text in English (required) and the other UN languages: fr, zh, es, ar, ru. A missing language shows the English text, marked.',
  })

/** Taxonomy names: the same six languages. */
export const taxonomyTextSchema = localizedTextSchema

export const fieldIdSchema = z.enum(FIELDS)
export const sdg11Schema = z.enum(SDG11_TARGETS)
export const practiceSchema = z.enum(PRACTICES)
export const countrySchema = z
  .enum(COUNTRIES as [string, ...string[]])
  .meta({ description: 'ISO 3166-1 alpha-2 country code, e.g. "PL"' })

export const locationSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
})

export const imageSchema = z.strictObject({
  type: z.literal('image'),
  src: z
    .string()
    .regex(ASSET, { error: 'must be a path under public/, like "assets/photos/x.jpg"' }),
  alt: localizedTextSchema,
  credit: text.optional(),
  licence: text.optional(),
  illustration: z
    .boolean()
    .optional()
    .meta({ description: 'true for artwork made for the exhibition (not a photograph)' }),
})

export const videoSchema = z.strictObject({
  type: z.enum(['video', 'link']),
  url: httpsUrlSchema,
  title: localizedTextSchema,
})

export const mediaSchema = z.discriminatedUnion('type', [imageSchema, videoSchema])

export const linkSchema = z.strictObject({ url: httpsUrlSchema, label: text })

export const initiativeSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  summary: localizedTextSchema,
  body: localizedTextSchema.optional(),
  sdg11: z.array(sdg11Schema).min(1, { error: 'name at least one SDG 11 target' }),
  practices: z.array(practiceSchema).min(1, { error: 'name at least one kind of practice' }),
  period: z
    .string()
    .regex(PERIOD, { error: 'must be a year, month or day, or two joined by "/": 2020-04/2020-06' })
    .optional(),
  otherCities: z
    .array(idSchema)
    .optional()
    .meta({ description: 'Ids of other network cities involved (see content/network.json).' }),
  media: z.array(mediaSchema).optional(),
  links: z.array(linkSchema).min(1, { error: 'name at least one source' }),
})

export const citySchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  name: localizedTextSchema,
  country: countrySchema,
  field: fieldIdSchema,
  designated: z.int().min(2004).max(2100),
  location: locationSchema,
  introduction: localizedTextSchema,
  initiatives: z.array(initiativeSchema),
})

export const tourSchema = z.strictObject({
  id: idSchema,
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  stops: z
    .array(
      z.strictObject({
        city: idSchema,
        initiative: idSchema.optional(),
        narration: localizedTextSchema,
      }),
    )
    .min(1, { error: 'a tour needs at least one stop' }),
})

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d+)?$/
export const exhibitionSchema = z.strictObject({
  $schema: z.string().optional(),
  title: localizedTextSchema,
  subtitle: localizedTextSchema,
  introduction: localizedTextSchema,
  credits: localizedTextSchema,
  site: z
    .strictObject({
      url: z
        .string()
        .regex(/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/, {
          error: 'must be the site’s address, like https://expo.example.org/',
        })
        .meta({
          description:
            'The public address of the site, used for absolute links in page metadata (canonical, Open Graph, sitemap). The environment variable EXPO_SITE_URL overrides it.',
        }),
    })
    .optional(),
  collectionNote: localizedTextSchema.optional().meta({
    description:
      'Shown on the about page beside the charts: how the collection was gathered and where it is thin.',
  }),
  tours: z.array(tourSchema),
  embed: z
    .strictObject({
      allowedOrigins: z
        .array(z.string().regex(ORIGIN, { error: 'must be an origin like https://example.org' }))
        .meta({ description: 'Parent pages allowed to drive the embed; empty allows any.' }),
    })
    .optional(),
})

export const fieldsSchema = z.strictObject({
  $schema: z.string().optional(),
  fields: z.array(
    z.strictObject({
      id: fieldIdSchema,
      name: taxonomyTextSchema,
      cityTitle: taxonomyTextSchema,
      colour: z.string().regex(/^#[0-9A-Fa-f]{6}$/, { error: 'must be a colour like #C8553D' }),
    }),
  ),
})

export const sdg11FileSchema = z.strictObject({
  $schema: z.string().optional(),
  targets: z.array(z.strictObject({ id: sdg11Schema, title: taxonomyTextSchema })),
})

export const networkSchema = z.strictObject({
  $schema: z.string().optional(),
  cities: z.array(
    z.strictObject({
      id: idSchema,
      name: text,
      country: countrySchema,
      field: z.enum(NETWORK_FIELDS),
      designated: z.int().min(2004).max(2100),
      member2020: z.boolean(),
      location: locationSchema,
      fieldChange: z
        .strictObject({ field: z.enum(NETWORK_FIELDS), year: z.int().min(2004).max(2100) })
        .optional()
        .meta({
          description:
            'A later change of creative field: `field` is the city’s field in 2020 (the exhibition’s year), this is the one it moved to and when.',
        }),
    }),
  ),
})

export type LocalizedText = z.infer<typeof localizedTextSchema>
export type TaxonomyText = z.infer<typeof taxonomyTextSchema>
export type Media = z.infer<typeof mediaSchema>
export type Initiative = z.infer<typeof initiativeSchema>
export type City = z.infer<typeof citySchema>
export type Tour = z.infer<typeof tourSchema>
export type Exhibition = z.infer<typeof exhibitionSchema>
export type FieldsFile = z.infer<typeof fieldsSchema>
export type Sdg11File = z.infer<typeof sdg11FileSchema>
export type NetworkFile = z.infer<typeof networkSchema>
export type NetworkCity = NetworkFile['cities'][number]

/** The content files a curator edits, by the JSON Schema file that describes each. */
export const CONTENT_SCHEMAS = {
  'city.schema.json': citySchema,
  'exhibition.schema.json': exhibitionSchema,
  'fields.schema.json': fieldsSchema,
  'sdg11.schema.json': sdg11FileSchema,
  'network.schema.json': networkSchema,
} as const

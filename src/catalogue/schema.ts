/**
 * The catalogue's one source of truth (SPEC §4). The CLI check, the runtime loader and the
 * JSON Schema files in content/schema/ all come from these zod/mini schemas; the types are inferred.
 * Every property carries a description for curators' editors, and every pattern a sentence
 * (`patternErrorMessage`) that editors show instead of the regular expression. The schemas live
 * in ./schemaParts (text, ids, addresses, vocabularies), ./citySchema and ./exhibitionSchema;
 * this module is what the rest of the code imports.
 * Pure module: no React, three, zustand or i18next.
 */
import type * as z from 'zod/mini'
import { citySchema, initiativeSchema, mediaSchema } from './citySchema.ts'
import {
  exhibitionSchema,
  fieldsSchema,
  networkSchema,
  sdg11FileSchema,
  tourSchema,
} from './exhibitionSchema.ts'
import { localizedTextSchema, taxonomyTextSchema } from './schemaParts.ts'

export {
  countrySchema,
  fieldIdSchema,
  httpsUrlSchema,
  idSchema,
  localizedTextSchema,
  locationSchema,
  practiceSchema,
  sdg11Schema,
  taxonomyTextSchema,
} from './schemaParts.ts'
export {
  citySchema,
  imageSchema,
  initiativeSchema,
  linkSchema,
  mediaSchema,
  videoSchema,
} from './citySchema.ts'
export {
  exhibitionSchema,
  fieldsSchema,
  networkSchema,
  sdg11FileSchema,
  tourSchema,
} from './exhibitionSchema.ts'

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

/** The JSON Schema files curators' editors use, generated from the zod schemas (one source). */
import * as z from 'zod/mini'
import { CONTENT_SCHEMAS, countrySchema } from '../../src/catalogue/schema.ts'

/**
 * Country names beside each code, from the platform's own ICU data (Intl.DisplayNames), added
 * here rather than in the schema so the site's runtime never carries 250 names it does not show.
 */
const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })
const countryNames = countrySchema.options.map((code) => regions.of(code) ?? code)

export function jsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(CONTENT_SCHEMAS).map(([file, schema]) => {
      const json = z.toJSONSchema(schema, {
        target: 'draft-2020-12',
        io: 'input',
        override: ({ zodSchema, jsonSchema }) => {
          if (zodSchema === countrySchema) jsonSchema.enumDescriptions = countryNames
        },
      })
      return [file, JSON.stringify({ ...json, $id: file }, null, 2) + '\n']
    }),
  )
}

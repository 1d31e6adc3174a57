/** The JSON Schema files curators' editors use, generated from the zod schemas (one source). */
import { z } from 'zod'
import { CONTENT_SCHEMAS } from '../../src/catalogue/schema.ts'

export function jsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(CONTENT_SCHEMAS).map(([file, schema]) => {
      const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' })
      return [file, JSON.stringify({ ...json, $id: file }, null, 2) + '\n']
    }),
  )
}

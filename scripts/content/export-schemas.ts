/** `npm run content:schemas`: rewrites content/schema/*.json from src/catalogue/schema.ts. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { jsonSchemas } from './schemas.ts'

const dir = join('content', 'schema')
mkdirSync(dir, { recursive: true })
for (const [file, text] of Object.entries(jsonSchemas())) writeFileSync(join(dir, file), text)
console.log(`wrote ${Object.keys(jsonSchemas()).length} JSON Schema files to ${dir}`)

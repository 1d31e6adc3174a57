import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { jsonSchemas } from './schemas.ts'

describe('content/schema/', () => {
  it.each(Object.entries(jsonSchemas()))(
    '%s is what the zod schema generates (run npm run content:schemas)',
    (file, text) => {
      expect(readFileSync(join('content', 'schema', file), 'utf8')).toBe(text)
    },
  )

  it('every content file names its JSON Schema', async () => {
    const { readdirSync } = await import('node:fs')
    const files = ['exhibition', 'fields', 'sdg11', 'network'].map((f) =>
      join('content', `${f}.json`),
    )
    files.push(...readdirSync('content/cities').map((f) => join('content/cities', f)))
    for (const file of files) {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { $schema?: string }
      expect(data.$schema, file).toMatch(/schema\/[a-z0-9]+\.schema\.json$/)
    }
  })
})

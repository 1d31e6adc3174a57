import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { HTTPS_PATTERN, ID_PATTERN } from '../../src/catalogue/rules.ts'
import type { City } from '../../src/catalogue/schema.ts'
import { FIELD_NOTES, PRACTICE_NOTES, SDG11_NOTES } from '../../src/catalogue/vocabularyNotes.ts'
import { jsonSchemas } from './schemas.ts'

type Node = Record<string, unknown>
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Every schema object inside a JSON Schema, with its JSON pointer. */
function* nodes(value: unknown, at = ''): Generator<[string, Node]> {
  if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* nodes(item, `${at}/${i}`)
  if (!isNode(value)) return
  yield [at, value]
  for (const [key, child] of Object.entries(value)) yield* nodes(child, `${at}/${key}`)
}
const schemaNodes = Object.entries(jsonSchemas()).flatMap(([file, text]) =>
  [...nodes(JSON.parse(text))].map(([at, node]) => [`${file}#${at}`, node] as const),
)
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown

describe('content/schema/', () => {
  it.each(Object.entries(jsonSchemas()))(
    '%s is what the zod schema generates (run npm run content:schemas)',
    (file, text) => {
      expect(readFileSync(join('content', 'schema', file), 'utf8')).toBe(text)
    },
  )

  it('every content file names its JSON Schema', () => {
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

describe('what curators’ editors show', () => {
  it('describes every property', () => {
    const undescribed = schemaNodes.flatMap(([at, node]) =>
      isNode(node.properties)
        ? Object.entries(node.properties)
            .filter(([, property]) => !isNode(property) || typeof property.description !== 'string')
            .map(([name]) => `${at}/properties/${name}`)
        : [],
    )
    expect(undescribed).toEqual([])
  })

  it('describes every value of every list of choices', () => {
    const enums = schemaNodes.filter(([, node]) => Array.isArray(node.enum))
    expect(enums.length).toBeGreaterThan(5)
    for (const [at, node] of enums) {
      const values = node.enum as unknown[]
      const notes = node.enumDescriptions
      expect(Array.isArray(notes) && notes.length === values.length, at).toBe(true)
      for (const note of notes as unknown[]) expect(note, at).toMatch(/^\S.{3,}/)
    }
  })

  it('says what a pattern means as a sentence, next to each pattern', () => {
    const patterns = schemaNodes.filter(([, node]) => typeof node.pattern === 'string')
    expect(patterns.length).toBeGreaterThan(5)
    for (const [at, node] of patterns)
      expect(node.patternErrorMessage, at).toMatch(/^[A-Z][^\n]{10,}\.$/)
  })

  it('states every length limit in the description', () => {
    for (const [at, node] of schemaNodes.filter(([, n]) => typeof n.maxLength === 'number'))
      expect(node.description, at).toContain(String(node.maxLength))
  })

  it('names country codes', () => {
    const city = JSON.parse(jsonSchemas()['city.schema.json'] ?? '{}') as {
      properties: { country: { enum: string[]; enumDescriptions: string[] } }
    }
    const { enum: codes, enumDescriptions: names } = city.properties.country
    expect(names[codes.indexOf('PL')]).toBe('Poland')
    expect(names[codes.indexOf('XK')]).toBe('Kosovo')
  })

  it('starts each note with the name the content and the interface use', () => {
    const fields = readJson('content/fields.json') as {
      fields: { id: string; name: { en: string } }[]
    }
    for (const { id, name } of fields.fields)
      expect(FIELD_NOTES[id as keyof typeof FIELD_NOTES]).toMatch(new RegExp(`^${name.en}: `))
    const sdg11 = readJson('content/sdg11.json') as {
      targets: { id: string; title: { en: string } }[]
    }
    for (const { id, title } of sdg11.targets)
      expect(SDG11_NOTES[id as keyof typeof SDG11_NOTES]).toBe(`${title.en} (target ${id}).`)
    const en = readJson('src/i18n/locales/en.json') as { practice: Record<string, string> }
    for (const [id, note] of Object.entries(PRACTICE_NOTES))
      expect(note.startsWith(`${en.practice[id] ?? '?'}: `), id).toBe(true)
  })

  it('compiles every pattern as editors do (Unicode mode), and it passes the real content', () => {
    const patterns = schemaNodes.flatMap(([, node]) =>
      typeof node.pattern === 'string' ? [new RegExp(node.pattern, 'u')] : [],
    )
    expect(patterns.length).toBeGreaterThan(5)
    const https = new RegExp(HTTPS_PATTERN.source, 'u')
    const id = new RegExp(ID_PATTERN.source, 'u')
    const cities = readdirSync('content/cities').map(
      (file) => readJson(join('content/cities', file)) as City,
    )
    for (const city of cities) {
      expect(city.id).toMatch(id)
      for (const initiative of city.initiatives) {
        expect(initiative.id).toMatch(id)
        for (const link of initiative.links) expect(link.url).toMatch(https)
      }
    }
  })
})

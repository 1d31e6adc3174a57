/**
 * The first screen takes the index and city files the build wrote as they are, recognised by the
 * fingerprint in their names (src/catalogue/built.ts), instead of checking them item by item
 * (src/catalogue/load.ts). That is only sound if checking them would change nothing: this holds
 * the two paths to the same result on the real catalogue and on a generated one.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { asBuilt, builtCity, builtIndex } from '../../src/catalogue/built.ts'
import { parseCity, parseIndex } from '../../src/catalogue/load.ts'
import { writeSyntheticContent } from '../bench/synthetic.ts'
import { compile } from './compile.ts'
import { checkContent } from './validate.ts'

const address = (file: string) => new URL(`catalogue/${file}`, 'https://expo.example/')

function compiled(dir: string) {
  const { content, problems } = checkContent(dir)
  if (!content) throw new Error(problems.map((p) => p.message).join('\n'))
  return compile(content)
}

function generated(cities: number) {
  const dir = mkdtempSync(join(tmpdir(), `expo-built-${cities}-`))
  writeSyntheticContent(dir, cities, 'content', 12)
  return dir
}

describe.each([
  ['the real catalogue', () => 'content'],
  ['a generated catalogue of 60 cities with 12 exhibits each', () => generated(60)],
])('files as built, in %s', (_, dir) => {
  it('carry the fingerprint of their text in their names', async () => {
    const { files } = compiled(dir())
    for (const [file, text] of files)
      if (/\.json$/.test(file)) expect(await asBuilt(address(file), text), file).toBe(true)
  }, 60_000)

  it('read the same taken as they are as when checked item by item', async () => {
    const { files, indexFile } = compiled(dir())
    const index = JSON.parse(files.get(indexFile)!) as unknown
    const checked = parseIndex(index)
    expect(checked.notices).toEqual([])
    expect(builtIndex(index)).toEqual(checked)
    const cities = [...files].filter(([file]) => file.startsWith('cities/'))
    expect(cities.length).toBeGreaterThan(50)
    for (const [file, text] of cities) {
      const city = parseCity(JSON.parse(text), file)
      expect(city.notices, file).toEqual([])
      expect(builtCity(JSON.parse(text)), file).toEqual(city)
    }
  }, 60_000)
})

describe('a file not as built', () => {
  const text = JSON.stringify({ version: 2 })
  const named = async (file: string, body = text) => asBuilt(address(file), body)

  it('is checked: changed by one character, named by hand, or with no fingerprint', async () => {
    const { fingerprintOf } = await import('../../src/catalogue/built.ts')
    const print = await fingerprintOf(text)
    expect(print).toMatch(/^[0-9a-f]{10}$/)
    expect(await named(`index.${print}.json`)).toBe(true)
    expect(await named(`index.${print}.json`, text.replace('2', '3'))).toBe(false)
    expect(await named('index.0123456789.json')).toBe(false)
    expect(await named('index.json')).toBe(false)
  })
})

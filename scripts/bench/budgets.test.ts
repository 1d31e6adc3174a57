/** The catalogue index's byte budget (issue 11), for generated catalogues of 400 and 2,000 cities. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { compile } from '../content/compile'
import { checkContent } from '../content/validate'
import { BUDGETS } from './budgets'
import { writeSyntheticContent } from './synthetic'

describe('the catalogue index', () => {
  it.each(Object.entries(BUDGETS.indexKB))(
    'stays within its budget at %s cities, gzipped, and leaves titles and the network to parts',
    (cities, budgetKB) => {
      const dir = mkdtempSync(join(tmpdir(), `expo-index-${cities}-`))
      writeSyntheticContent(dir, Number(cities))
      const { content } = checkContent(dir)
      if (!content) throw new Error('the generated catalogue does not check')
      const { files, indexFile } = compile(content)
      const index = files.get(indexFile)!
      expect(gzipSync(index).length / 1024).toBeLessThanOrEqual(budgetKB)
      const parsed = JSON.parse(index) as { cities: { initiatives: object[] }[] }
      expect(parsed.cities).toHaveLength(Number(cities))
      expect(parsed.cities[0]?.initiatives[0]).not.toHaveProperty('title')
      expect(parsed).not.toHaveProperty('network')
    },
    60_000,
  )
})

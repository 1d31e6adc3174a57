/**
 * The search over the real catalogue: a query set with the exhibit or pavilion each query must
 * rank first, in English, French, Chinese and with typos, as the search box will show them.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { createSearch, type SearchEngine } from '../../src/catalogue/search.ts'
import { snippet, words } from '../../src/catalogue/searchText.ts'
import { searchFile } from './compile.ts'
import { checkContent } from './validate.ts'

let engine: SearchEngine

beforeAll(() => {
  const { content } = checkContent('content')
  if (!content) throw new Error('content/ does not check')
  const fields = Object.fromEntries(content.fields.fields.map((f) => [f.id, f.name]))
  engine = createSearch(searchFile(content), { fields, practices: {} })
})

const first = (q: string) => {
  const top = engine.search(q).results[0]
  return top?.initiativeId ?? top?.cityId
}

describe('search over the catalogue', () => {
  it.each([
    // English, in summaries (not only titles)
    ['bookshops', 'krakow-resilient-bookstores'],
    ['Jazz Plaza', 'havana-jazz-plaza-2021-online'],
    ['bibimbap', 'jeonju-bibimbap-festival-2021'],
    // French and Chinese text
    ['librairies', 'krakow-resilient-bookstores'],
    ['书店', 'krakow-resilient-bookstores'],
    ['克拉科夫', 'krakow-literature'],
    // typos and missing accents
    ['bibimbab', 'jeonju-bibimbap-festival-2021'],
    ['librairis', 'krakow-resilient-bookstores'],
    ['Pologne bookshop', 'krakow-literature'],
    ['krakow', 'krakow-literature'],
    ['Cracovie', 'krakow-literature'],
  ])('"%s" ranks %s first', (q, id) => expect(first(q)).toBe(id))

  it('finds every exhibit whose Chinese text says 爵士 (jazz), Chinese cut into words', () => {
    const { initiatives } = engine.search('爵士')
    expect([...initiatives].sort()).toEqual([
      'bogota-festivales-al-parque-en-linea',
      'cities-of-music-jazz-day-2020',
      'havana-jazz-plaza-2021-online',
      'mannheim-werculture',
      'praia-cabo-verde-toca-jazz',
    ])
  })

  it('ignores invisible characters in a query (zero-width, bidi controls, a byte-order mark)', () => {
    const plain = engine.search('bookshops').results
    expect(engine.search('book\u200Bshops\u202E').results).toEqual(plain)
    expect(engine.search('\uFEFF\u2066bookshops\u2069').results).toEqual(plain)
  })

  it('finds a country by its name in another language', () => {
    expect(engine.search('Pologne').cities).toContain('krakow-literature')
    expect(engine.search('Польша').cities).toContain('krakow-literature')
  })

  it('finds nothing for nonsense, an empty query, or a single Latin letter (but one hanzi)', () => {
    expect(engine.search('zzqxw').results).toEqual([])
    expect(engine.search('   ').results).toEqual([])
    expect(engine.search('k').results).toEqual([])
    expect(engine.search('书').results.length).toBeGreaterThan(0)
  })

  it('marks the matched words in a snippet, in the language they were found in', () => {
    const top = engine.search('书店').results[0]!
    const doc = engine.doc(`i:${top.initiativeId}`)!
    const cut = snippet(doc, top.terms, 'en')!
    expect(cut.lang).toBe('zh')
    expect(cut.parts.filter((p) => p.mark).map((p) => p.text)).toContain('书店')
  })

  it('cuts Chinese into words and keeps Latin words whole', () => {
    expect(words('独立书店 and bookshops').map((w) => w.word)).toEqual([
      '独立',
      '书店',
      'and',
      'bookshops',
    ])
  })
})

/**
 * Full-text search over every content language at once (MiniSearch: ranked, prefix and small-typo
 * matching). Words are cut with `Intl.Segmenter`, so Chinese text without spaces is searchable
 * ("书店" finds 独立书店); terms are folded (case, accents, Arabic letter variants). Pure module,
 * loaded lazily with the search index file: the first screen never pays for it.
 */
import MiniSearch, { type SearchResult as MiniResult } from 'minisearch'
import { foldTerm, HAN, INVISIBLE, LANGUAGES, words } from './searchText'
import type { FieldId, Practice } from './vocabulary'

type Texts = { en: string } & Partial<Record<string, string | undefined>>

/** One searchable thing, as the build writes it into `catalogue/search.<hash>.json`. */
export interface SearchDoc {
  /** `c:<city-id>` for a pavilion, `i:<initiative-id>` for an exhibit. */
  id: string
  cityId: string
  initiativeId?: string
  /** The city's name, or the exhibit's title. */
  name: Texts
  /** The city's introduction, or the exhibit's summary. */
  summary: Texts
  body?: Texts
  country: string
  field: FieldId
  practices?: Practice[]
}

export interface SearchFile {
  version: 1
  docs: SearchDoc[]
}

export interface SearchLabels {
  /** Field names in every language the catalogue has. */
  fields: Partial<Record<FieldId, Texts>>
  /** Kinds of practice in the visitor's language. */
  practices: Partial<Record<Practice, string>>
}

/** One entry of the list the search box shows. */
export interface SearchResult {
  cityId: string
  initiativeId?: string
  score: number
  /** The indexed words that matched (folded), for marking them in a snippet. */
  terms: string[]
}

export interface SearchOutcome {
  /** The ranked list the box shows: the better group first (exhibits or pavilions). */
  results: SearchResult[]
  /** Everything found, for the selection both views show. */
  cities: Set<string>
  initiatives: Set<string>
  /** Pavilions by their best hit (their own or one of their exhibits'), best first. */
  order: string[]
}

const join = (texts: Texts | undefined) =>
  texts ? Object.values(texts).join('\n').replace(INVISIBLE, '') : ''

const countryNames = new Map<string, string>()
function countryText(code: string): string {
  let text = countryNames.get(code)
  if (text === undefined) {
    const names = LANGUAGES.map((lang) => {
      try {
        return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? ''
      } catch {
        return ''
      }
    })
    text = [code, ...names].join('\n')
    countryNames.set(code, text)
  }
  return text
}

const FIELDS_INDEXED = ['name', 'country', 'field', 'practice', 'summary', 'body'] as const
const BOOST = { name: 3, country: 2, field: 1.5, practice: 1.2, summary: 1, body: 0.7 }

export interface SearchEngine {
  search: (query: string, limit?: { exhibits: number; pavilions: number }) => SearchOutcome
  doc: (id: string) => SearchDoc | undefined
}

export function createSearch(file: SearchFile, labels: SearchLabels): SearchEngine {
  const docs = new Map(file.docs.map((d) => [d.id, d]))
  const mini = new MiniSearch<SearchDoc>({
    fields: [...FIELDS_INDEXED],
    storeFields: [],
    tokenize: (text) => words(text).map((w) => w.word),
    processTerm: (term) => foldTerm(term),
    extractField: (doc, field) => {
      switch (field) {
        case 'id':
          return doc.id
        case 'name':
          return join(doc.name)
        case 'country':
          return countryText(doc.country)
        case 'field':
          return join(labels.fields[doc.field])
        case 'practice':
          return (doc.practices ?? [])
            .map((p) => `${labels.practices[p] ?? ''}\n${p.replace(/-/g, ' ')}`)
            .join('\n')
        case 'summary':
          return join(doc.summary)
        case 'body':
          return join(doc.body)
        default:
          return ''
      }
    },
  })
  mini.addAll(file.docs)

  const run = (query: string, combineWith: 'AND' | 'OR') =>
    mini.search(query, {
      boost: BOOST,
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= 4 && !HAN.test(term) ? 0.2 : false),
      maxFuzzy: 2,
      combineWith,
    })

  return {
    doc: (id) => docs.get(id),
    search(query, limit = { exhibits: 8, pavilions: 5 }) {
      // Invisible characters would cut a word in two (a zero-width space is a word break).
      const trimmed = query.replace(INVISIBLE, '').trim().slice(0, 200)
      // One Latin or Cyrillic letter matches the start of thousands of words: wait for a second
      // (a Chinese character is a word already).
      const searchable = trimmed.length >= 2 || HAN.test(trimmed)
      let found: MiniResult[] = searchable ? run(trimmed, 'AND') : []
      if (found.length === 0 && searchable) found = run(trimmed, 'OR')
      const cities = new Set<string>()
      const initiatives = new Set<string>()
      const best = new Map<string, number>()
      const exhibits: SearchResult[] = []
      const pavilions: SearchResult[] = []
      for (const hit of found) {
        const doc = docs.get(String(hit.id))
        if (!doc) continue
        const result: SearchResult = {
          cityId: doc.cityId,
          ...(doc.initiativeId ? { initiativeId: doc.initiativeId } : {}),
          score: hit.score,
          terms: hit.terms,
        }
        if (doc.initiativeId) {
          initiatives.add(doc.initiativeId)
          exhibits.push(result)
        } else {
          cities.add(doc.cityId)
          pavilions.push(result)
        }
        if (!best.has(doc.cityId)) best.set(doc.cityId, hit.score)
      }
      const shownExhibits = exhibits.slice(0, limit.exhibits)
      const shownPavilions = pavilions.slice(0, limit.pavilions)
      const pavilionsFirst = (pavilions[0]?.score ?? 0) >= (exhibits[0]?.score ?? 0)
      return {
        results: pavilionsFirst
          ? [...shownPavilions, ...shownExhibits]
          : [...shownExhibits, ...shownPavilions],
        cities,
        initiatives,
        order: [...best.keys()],
      }
    },
  }
}

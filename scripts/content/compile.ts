/**
 * Compiles checked content into the files the site loads: `catalogue/index.<hash>.json`, its
 * parts (`titles`, `network`, `narration`, loaded when a view needs them) and
 * `catalogue/cities/<id>.<hash>.json`. Hashes come from the bytes, so a redeploy is never stale.
 */
import { createHash } from 'node:crypto'
import { CATALOGUE_VERSION, type IndexFile } from '../../src/catalogue/compiled.ts'
import type { PartName } from '../../src/catalogue/parts.ts'
import type { SearchDoc, SearchFile } from '../../src/catalogue/search.ts'
import { webImages } from '../assets/images.ts'
import type { Content } from './validate.ts'

export interface Compiled {
  /** File name (relative to the catalogue folder) → JSON text. */
  files: Map<string, string>
  indexFile: string
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10)

export function compile(content: Content): Compiled {
  const files = new Map<string, string>()
  /** Images the build resizes get their versions (`web`), for <picture> in the page. */
  const web = webImages(content)
  const cities = content.cities.map((city) => {
    const { $schema: _schema, ...rest } = city
    const initiatives = rest.initiatives.map((initiative) =>
      initiative.media
        ? {
            ...initiative,
            media: initiative.media.map((item) => {
              const versions = item.type === 'image' ? web.get(item.src) : undefined
              return versions ? { ...item, web: versions } : item
            }),
          }
        : initiative,
    )
    const text = JSON.stringify({ ...rest, initiatives })
    const file = `cities/${city.id}.${hash(text)}.json`
    files.set(file, text)
    return {
      id: city.id,
      name: city.name,
      country: city.country,
      field: city.field,
      designated: city.designated,
      location: city.location,
      initiatives: city.initiatives.map(({ id, sdg11, practices, period }) => ({
        id,
        sdg11,
        practices,
        ...(period ? { period } : {}),
      })),
      file,
    }
  })
  const searchText = JSON.stringify(searchFile(content))
  const search = `search.${hash(searchText)}.json`
  files.set(search, searchText)
  const { $schema: _e, ...exhibition } = content.exhibition
  const parts = {
    titles: part(files, 'titles', {
      titles: Object.fromEntries(
        content.cities.flatMap((city) => city.initiatives.map((i) => [i.id, i.title])),
      ),
    }),
    network: part(files, 'network', { network: content.network.cities }),
    narration: part(files, 'narration', {
      tours: Object.fromEntries(
        exhibition.tours.map((tour) => [tour.id, tour.stops.map((stop) => stop.narration)]),
      ),
    }),
  }
  const index: IndexFile = {
    version: CATALOGUE_VERSION,
    search,
    parts,
    exhibition: {
      ...exhibition,
      tours: exhibition.tours.map((tour) => ({
        ...tour,
        stops: tour.stops.map(({ narration: _n, ...stop }) => stop),
      })),
    },
    fields: content.fields.fields,
    sdg11: content.sdg11.targets,
    cities,
  }
  const text = JSON.stringify(index)
  const indexFile = `index.${hash(text)}.json`
  files.set(indexFile, text)
  return { files, indexFile }
}

/** Writes one part file (hashed by its content) and returns its address, relative to the index. */
function part(files: Map<string, string>, name: PartName, body: object): string {
  const text = JSON.stringify({ version: CATALOGUE_VERSION, ...body })
  const file = `${name}.${hash(text)}.json`
  files.set(file, text)
  return file
}

/** The texts the search box looks through, loaded by the site only when a visitor searches. */
export function searchFile(content: Content): SearchFile {
  const docs: SearchDoc[] = content.cities.flatMap((city) => [
    {
      id: `c:${city.id}`,
      cityId: city.id,
      name: city.name,
      summary: city.introduction,
      country: city.country,
      field: city.field,
    },
    ...city.initiatives.map((initiative) => ({
      id: `i:${initiative.id}`,
      cityId: city.id,
      initiativeId: initiative.id,
      name: initiative.title,
      summary: initiative.summary,
      ...(initiative.body ? { body: initiative.body } : {}),
      country: city.country,
      field: city.field,
      practices: initiative.practices,
    })),
  ])
  return { version: 1, docs }
}

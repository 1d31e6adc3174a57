/** For tests: the real catalogue, compiled and parsed as the site loads it, and one city's file. */
import type { CatalogueIndex, CompiledCity } from '../../src/catalogue/compiled.ts'
import { parseCity, parseIndex, withAllParts } from '../../src/catalogue/load.ts'
import { compile } from '../content/compile.ts'
import { checkContent } from '../content/validate.ts'

export function compiledCatalogue(cityId: string): {
  catalogue: CatalogueIndex
  city: CompiledCity
} {
  const { content } = checkContent('content')
  if (!content) throw new Error('content/ does not check')
  const { files, indexFile } = compile(content)
  const index = parseIndex(JSON.parse(files.get(indexFile)!))
  const whole = index.ok ? withAllParts(index.value, (name) => JSON.parse(files.get(name)!)) : index
  if (!whole.ok) throw new Error('index does not parse')
  const file = whole.value.cities.find((c) => c.id === cityId)?.file
  const city = file ? parseCity(JSON.parse(files.get(file)!), file) : null
  if (!city?.ok) throw new Error(`${cityId} does not parse`)
  return { catalogue: whole.value, city: city.value }
}

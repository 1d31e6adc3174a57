/**
 * `npm run content:new -- <city-id> [--name N --country XX --field F --year YYYY --lat L --lon L]`
 * Writes content/cities/<city-id>.json, a valid skeleton for a curator to fill in. A member city
 * of content/network.json is filled from there; another city needs the flags. Never overwrites.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { citySchema, networkSchema, type City } from '../../src/catalogue/schema.ts'
import { explainIssue } from '../../src/catalogue/issues.ts'
import { FIELDS } from '../../src/catalogue/vocabulary.ts'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        dir: { type: 'string', default: 'content' },
        name: { type: 'string' },
        country: { type: 'string' },
        field: { type: 'string' },
        year: { type: 'string' },
        lat: { type: 'string' },
        lon: { type: 'string' },
      },
    })
  } catch (error) {
    // e.g. "--lat -41": node wants "--lat=-41" for values that start with a dash.
    fail(error instanceof Error ? error.message : String(error))
  }
}
const { values, positionals } = readArgs()
const id = positionals[0]
if (!id) fail('usage: npm run content:new -- <city-id>   (e.g. krakow-literature)')
const file = join(values.dir, 'cities', `${id}.json`)
if (existsSync(file)) fail(`${file} already exists; edit it instead (nothing was written)`)

const network = networkSchema.safeParse(
  JSON.parse(readFileSync(join(values.dir, 'network.json'), 'utf8')),
)
const member = network.success ? network.data.cities.find((c) => c.id === id) : undefined
const field = member?.field ?? values.field
if (member && !(FIELDS as readonly string[]).includes(member.field))
  fail(
    `${id} is a member in the field "${member.field}", which is outside this exhibition's seven fields`,
  )

const fieldTitle: Record<string, string> = {
  'crafts-folk-art': 'Crafts and Folk Art',
  design: 'Design',
  film: 'Film',
  gastronomy: 'Gastronomy',
  literature: 'Literature',
  'media-arts': 'Media Arts',
  music: 'Music',
}
const year = member?.designated ?? Number(values.year)
const city = {
  $schema: '../schema/city.schema.json',
  id,
  name: { en: member?.name ?? values.name ?? '' },
  country: member?.country ?? values.country ?? '',
  field: field ?? '',
  designated: year,
  location: member?.location ?? { lat: Number(values.lat), lon: Number(values.lon) },
  introduction: { en: `A UNESCO City of ${fieldTitle[field ?? ''] ?? '…'} since ${year}.` },
  initiatives: [],
} as unknown as City

const checked = citySchema.safeParse(city, { reportInput: true })
if (!checked.success) {
  const lines = checked.error.issues
    .flatMap(explainIssue)
    .map((p) => `  ${p.pointer}: ${p.message}`)
  fail(
    `"${id}" is not in ${join(values.dir, 'network.json')}, so give its facts as flags:\n` +
      `  --name "Name" --country XX --field ${FIELDS.join('|')} --year YYYY --lat 0.0 --lon 0.0\n` +
      `what is missing or wrong:\n${lines.join('\n')}`,
  )
}
writeFileSync(file, JSON.stringify(city, null, 2) + '\n')
console.log(`wrote ${file}: add its initiatives, then run npm run content:check`)

/**
 * Synthetic catalogues for the benchmark and the budget tests: N cities with five initiatives (or more)
 * each, spread over the fields and the globe, plus a network of twice as many members.
 * Deterministic, and valid against the same schema as the real content.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIELDS, PRACTICES, SDG11_TARGETS } from '../../src/catalogue/vocabulary.ts'

const COUNTRIES = [
  'FR',
  'IT',
  'CN',
  'BR',
  'SN',
  'AE',
  'JP',
  'MX',
  'KR',
  'ZA',
  'CA',
  'IN',
  'PL',
  'AU',
  'CO',
]

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T

/** `initiatives`: exhibits per city (the interior tests use the most a city may hold). */
export function writeSyntheticContent(
  dir: string,
  cities: number,
  source = 'content',
  initiatives = 5,
): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'cities'), { recursive: true })
  for (const file of ['fields.json', 'sdg11.json']) cpSync(join(source, file), join(dir, file))
  const city = (i: number) => ({
    id: `city-${i}`,
    name: { en: `City ${i}`, fr: `Ville ${i}`, zh: `城市${i}` },
    country: pick(COUNTRIES, i * 7),
    field: pick(FIELDS, i * 5 + 1),
    designated: 2004 + ((i * 7919) % 20),
    location: {
      lat: Math.round((((i * 37) % 130) - 55) * 100) / 100,
      lon: Math.round((((i * 71) % 350) - 175) * 100) / 100,
    },
  })
  const network = Array.from({ length: cities * 2 }, (_, i) => {
    const c = city(i)
    return {
      id: c.id,
      name: c.name.en,
      country: c.country,
      field: c.field,
      designated: c.designated,
      member2020: i % 3 !== 0,
      location: c.location,
    }
  })
  writeFileSync(join(dir, 'network.json'), JSON.stringify({ cities: network }))
  for (let i = 0; i < cities; i++) {
    const c = city(i)
    const exhibits = Array.from({ length: initiatives }, (_, k) => ({
      id: `city-${i}-initiative-${k}`,
      title: {
        en: `Initiative ${k + 1} of City ${i}`,
        fr: `Initiative ${k + 1} de la ville ${i}`,
        zh: `城市${i}的第${k + 1}项举措`,
      },
      summary: {
        en: 'A synthetic exhibit for measuring.',
        fr: 'Une pièce synthétique pour mesurer.',
        zh: '用于测量的合成展项。',
      },
      sdg11: [pick(SDG11_TARGETS, i + k)],
      practices: [pick(PRACTICES, i * 3 + k)],
      period: '2020',
      links: [{ url: `https://example.org/${i}/${k}`, label: 'Example source' }],
    }))
    writeFileSync(
      join(dir, 'cities', `${c.id}.json`),
      JSON.stringify({
        ...c,
        introduction: { en: 'A synthetic city.' },
        initiatives: exhibits,
      }),
    )
  }
  const exhibition = {
    title: { en: 'Synthetic Expo' },
    subtitle: { en: `${cities} synthetic cities` },
    introduction: { en: 'Generated for measuring.' },
    credits: { en: 'Generated.' },
    tours: [
      {
        id: 'synthetic-tour',
        title: { en: 'A synthetic tour' },
        stops: [0, 1, 2].map((i) => ({
          city: `city-${i}`,
          initiative: `city-${i}-initiative-0`,
          narration: { en: `Stop ${i + 1}.` },
        })),
      },
    ],
  }
  writeFileSync(join(dir, 'exhibition.json'), JSON.stringify(exhibition))
}

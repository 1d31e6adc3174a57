import { describe, expect, it } from 'vitest'
import { parseCity, parseIndex, parsePart, withAllParts } from './load'
import { withPart } from './parts'

const summary = (id: string) => ({
  id,
  name: { en: id },
  country: 'FR',
  field: 'music',
  designated: 2014,
  location: { lat: 1, lon: 2 },
  initiatives: [{ id: `${id}-x`, sdg11: ['11.4'], practices: ['digital-culture'] }],
  file: `cities/${id}.0123456789.json`,
})
const text = { en: 'x' }
const index = (cities: unknown[]) => ({
  version: 2,
  parts: {
    titles: 'titles.0123456789.json',
    network: 'network.0123456789.json',
    narration: 'narration.0123456789.json',
  },
  exhibition: {
    title: text,
    subtitle: text,
    introduction: text,
    credits: text,
    tours: [{ id: 'bad tour' }],
  },
  fields: [],
  sdg11: [],
  cities,
})

describe('the runtime loader', () => {
  it('drops only the invalid items, each with a notice that says where', () => {
    const parsed = parseIndex(
      index([summary('alpha'), { ...summary('beta'), field: 'dance' }, summary('gamma')]),
      'index.json',
    )
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value.cities.map((c) => c.id)).toEqual(['alpha', 'gamma'])
    expect(parsed.value.exhibition.tours).toEqual([])
    expect(parsed.notices.map((n) => n.where)).toEqual(
      expect.arrayContaining(['index.json: /cities/1/field', 'index.json: /exhibition/tours/0/id']),
    )
  })

  it('fails as a whole only when the envelope is unreadable', () => {
    expect(parseIndex(null).ok).toBe(false)
    expect(parseIndex({ ...index([]), version: 1 }).ok).toBe(false)
    expect(parseIndex({ ...index([]), parts: { titles: '../titles.json' } }).ok).toBe(false)
  })

  it('keeps a city when one of its initiatives is invalid', () => {
    const city = {
      id: 'alpha',
      name: text,
      country: 'FR',
      field: 'music',
      designated: 2014,
      location: { lat: 1, lon: 2 },
      introduction: text,
      initiatives: [
        {
          id: 'ok',
          title: text,
          summary: text,
          sdg11: ['11.4'],
          practices: ['public-space'],
          links: [{ url: 'https://example.org', label: 'A' }],
        },
        {
          id: 'bad',
          title: text,
          summary: text,
          sdg11: ['11.4'],
          practices: ['public-space'],
          links: [{ url: 'javascript:x', label: 'A' }],
        },
      ],
    }
    const parsed = parseCity(city, 'alpha.json')
    expect(parsed.ok && parsed.value.initiatives.map((i) => i.id)).toEqual(['ok'])
    expect(parsed.notices).toEqual([
      { where: 'alpha.json: /initiatives/1/links/0/url', message: 'must be an https:// address' },
    ])
  })

  it('shows at most 24 exhibits in a pavilion, whatever a file holds, and says so', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      id: `e-${i}`,
      title: text,
      summary: text,
      sdg11: ['11.4'],
      practices: ['public-space'],
      links: [{ url: 'https://example.org', label: 'A' }],
    }))
    const city = {
      id: 'crowded',
      name: text,
      country: 'FR',
      field: 'music',
      designated: 2014,
      location: { lat: 1, lon: 2 },
      introduction: text,
      initiatives: many,
    }
    const parsed = parseCity(city, 'crowded.json')
    expect(parsed.ok && parsed.value.initiatives).toHaveLength(24)
    expect(parsed.notices).toEqual([
      {
        where: 'crowded.json: /initiatives',
        message: '30 exhibits; a pavilion shows the first 24',
      },
    ])
    const crowded = {
      ...summary('crowded'),
      initiatives: many.map(({ id }) => ({
        id,
        title: text,
        sdg11: ['11.4'],
        practices: ['public-space'],
      })),
    }
    const listed = parseIndex(index([crowded]))
    expect(listed.ok && listed.value.cities[0]?.initiatives).toHaveLength(24)
  })

  describe('the parts of the index', () => {
    const tour = { id: 'walk', title: text, stops: [{ city: 'alpha' }, { city: 'gamma' }] }
    const parsed = parseIndex(
      {
        ...index([summary('alpha'), summary('gamma')]),
        exhibition: { ...index([]).exhibition, tours: [tour] },
      },
      'index.json',
    )
    if (!parsed.ok) throw new Error('the test index does not parse')
    const bare = parsed.value

    it('start empty: no titles, no network, no narration in the index itself', () => {
      expect(bare.network).toEqual([])
      expect(bare.cities[0]?.initiatives[0]?.title).toBeUndefined()
      expect(bare.exhibition.tours[0]?.stops[0]?.narration).toBeUndefined()
    })

    it('are merged in when loaded, dropping invalid entries with a notice', () => {
      const titles = parsePart(
        'titles',
        { version: 2, titles: { 'alpha-x': { en: 'Alpha' }, 'gamma-x': { fr: 'pas anglais' } } },
        'titles.json',
      )
      expect(titles.ok).toBe(true)
      if (!titles.ok) return
      expect(titles.notices.map((n) => n.where)).toEqual(['titles.json: /titles/gamma-x/en'])
      const merged = withPart(bare, 'titles', titles.value)
      expect(merged.cities.map((c) => c.initiatives[0]?.title)).toEqual([
        { en: 'Alpha' },
        undefined,
      ])

      const narration = parsePart(
        'narration',
        { version: 2, tours: { walk: [{ en: 'First.' }, { en: 'Second.' }] } },
        'narration.json',
      )
      if (!narration.ok) throw new Error('narration does not parse')
      const told = withPart(bare, 'narration', narration.value)
      expect(told.exhibition.tours[0]?.stops.map((s) => s.narration?.en)).toEqual([
        'First.',
        'Second.',
      ])
    })

    it('refuse a file of another version or shape as a whole', () => {
      expect(parsePart('network', { version: 1, network: [] }, 'network.json').ok).toBe(false)
      expect(parsePart('titles', [], 'titles.json').ok).toBe(false)
    })

    it('can all be merged at once, and say which one failed', () => {
      const files: Record<string, unknown> = {
        'titles.0123456789.json': { version: 2, titles: {} },
        'network.0123456789.json': {
          version: 2,
          network: [
            {
              id: 'delta-music',
              name: 'Delta',
              country: 'FR',
              field: 'music',
              designated: 2014,
              member2020: true,
              location: { lat: 1, lon: 2 },
            },
          ],
        },
        'narration.0123456789.json': { version: 2, tours: {} },
      }
      const whole = withAllParts(bare, (file) => files[file])
      expect(whole.ok && whole.value.network.map((c) => c.id)).toEqual(['delta-music'])
      const broken = withAllParts(bare, (file) => (file.startsWith('network') ? null : files[file]))
      expect(broken.ok).toBe(false)
      expect(broken.notices[0]?.where).toBe('network.0123456789.json: ')
    })
  })
})

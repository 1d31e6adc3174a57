import { describe, expect, it } from 'vitest'
import { parseCity, parseIndex } from './load'

const summary = (id: string) => ({
  id,
  name: { en: id },
  country: 'FR',
  field: 'music',
  designated: 2014,
  location: { lat: 1, lon: 2 },
  initiatives: [
    { id: `${id}-x`, title: { en: 'X' }, sdg11: ['11.4'], practices: ['digital-culture'] },
  ],
  file: `cities/${id}.0123456789.json`,
})
const text = { en: 'x' }
const index = (cities: unknown[]) => ({
  version: 1,
  exhibition: {
    title: text,
    subtitle: text,
    introduction: text,
    credits: text,
    tours: [{ id: 'bad tour' }],
  },
  fields: [],
  sdg11: [],
  network: [],
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
    expect(parseIndex({ ...index([]), version: 2 }).ok).toBe(false)
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
})

import { describe, expect, it } from 'vitest'
import type { CitySummary } from './compiled'
import { filterCities, fold } from './query'

const city = (id: string, patch: Partial<CitySummary>): CitySummary => ({
  id,
  name: { en: id },
  country: 'FR',
  field: 'music',
  designated: 2014,
  location: { lat: 0, lon: 0 },
  initiatives: [],
  file: `cities/${id}.0123456789.json`,
  ...patch,
})

const cities = [
  city('krakow', {
    name: { en: 'Kraków', fr: 'Cracovie', zh: '克拉科夫' },
    country: 'PL',
    field: 'literature',
    initiatives: [
      {
        id: 'k',
        title: { en: 'Resilient Bookstores' },
        sdg11: ['11.4'],
        practices: ['support-creative-workers'],
      },
    ],
  }),
  city('dubai', {
    country: 'AE',
    field: 'design',
    initiatives: [
      {
        id: 'd',
        title: { en: 'Design week online' },
        sdg11: ['11.3'],
        practices: ['digital-culture'],
      },
    ],
  }),
]
const ids = (filter: Parameters<typeof filterCities>[1]) =>
  filterCities(cities, filter).map((c) => c.id)

describe('filtering and search', () => {
  it('folds case and accents', () => expect(fold('Kraków ÉTÉ')).toBe('krakow ete'))
  it('searches every language at once', () => {
    expect(ids({ q: 'krakow' })).toEqual(['krakow'])
    expect(ids({ q: 'cracovie' })).toEqual(['krakow'])
    expect(ids({ q: '克拉科夫' })).toEqual(['krakow'])
    expect(ids({ q: 'bookstores resilient' })).toEqual(['krakow'])
    expect(ids({ q: 'nowhere' })).toEqual([])
  })
  it('filters by field, SDG 11 target, kind of practice and region', () => {
    expect(ids({ field: 'design' })).toEqual(['dubai'])
    expect(ids({ sdg: '11.4' })).toEqual(['krakow'])
    expect(ids({ practice: 'digital-culture' })).toEqual(['dubai'])
    expect(ids({ region: 'arab-states' })).toEqual(['dubai'])
    expect(ids({ region: 'europe-north-america', sdg: '11.3' })).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import type { CitySummary } from './compiled'
import { facetCounts, periodYears, select, type Filter } from './select'
import { fold, substringHits } from './substring'

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
        period: '2020-04/2020-06',
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
        period: '2020-11/2021-02',
      },
    ],
  }),
  city('empty', {}),
]
const ids = ({ q, ...filter }: Filter & { q?: string }) =>
  select(cities, filter, q ? substringHits(cities, q) : null).cities

describe('filtering and search', () => {
  it('folds case and accents', () => expect(fold('Kraków ÉTÉ')).toBe('krakow ete'))
  it('searches names and titles in every language while the full search loads', () => {
    expect(ids({ q: 'krakow' })).toEqual(['krakow'])
    expect(ids({ q: 'cracovie' })).toEqual(['krakow'])
    expect(ids({ q: '克拉科夫' })).toEqual(['krakow'])
    expect(ids({ q: 'bookstores resilient' })).toEqual(['krakow'])
    expect(ids({ q: 'nowhere' })).toEqual([])
  })
  it('filters by field, SDG 11 target, kind of practice, region and year, combined', () => {
    expect(ids({ field: 'design' })).toEqual(['dubai'])
    expect(ids({ sdg: '11.4' })).toEqual(['krakow'])
    expect(ids({ practice: 'digital-culture' })).toEqual(['dubai'])
    expect(ids({ region: 'arab-states' })).toEqual(['dubai'])
    expect(ids({ region: 'europe-north-america', sdg: '11.3' })).toEqual([])
    expect(ids({ year: 2021 })).toEqual(['dubai'])
    expect(ids({ year: 2020 })).toEqual(['krakow', 'dubai'])
    expect(ids({ year: 2020, field: 'literature' })).toEqual(['krakow'])
  })
  it('selects exhibits, and pavilions only through their exhibits once an exhibit filter is on', () => {
    const all = select(cities, {}, null)
    expect(all.narrowed).toBe(false)
    expect(all.cities).toEqual(['krakow', 'dubai', 'empty'])
    expect(all.initiatives).toEqual(['k', 'd'])
    expect(select(cities, { sdg: '11.3' }, null)).toMatchObject({
      cities: ['dubai'],
      initiatives: ['d'],
      narrowed: true,
    })
    expect(select(cities, { field: 'music' }, null).cities).toEqual(['empty'])
  })
  it('counts each facet value given the other filters', () => {
    const counts = facetCounts(cities, { field: 'design' }, null)
    // The field facet ignores the field filter itself…
    expect(Object.fromEntries(counts.field)).toEqual({ literature: 1, design: 1 })
    // …while the others count within it.
    expect(Object.fromEntries(counts.sdg)).toEqual({ '11.3': 1 })
    expect(Object.fromEntries(counts.year)).toEqual({ '2020': 1, '2021': 1 })
    expect(Object.fromEntries(counts.region)).toEqual({ 'arab-states': 1 })
  })
  it.each<[string | undefined, number[]]>([
    [undefined, []],
    ['2020', [2020]],
    ['2020-04/2020-06', [2020]],
    ['2020-11/2021-02', [2020, 2021]],
    ['2021-03-01', [2021]],
    ['2021/2020', []],
  ])('reads the years of the period %s', (period, years) =>
    expect(periodYears(period)).toEqual(years),
  )
})

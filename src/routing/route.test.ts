import { describe, expect, it } from 'vitest'
import { formatRoute, parseRoute, type Route } from './route'

describe('addresses', () => {
  it.each<[string, Route]>([
    ['#/', { place: { name: 'ground' }, params: {} }],
    [
      '#/city/krakow-literature',
      { place: { name: 'city', cityId: 'krakow-literature' }, params: {} },
    ],
    [
      '#/city/krakow-literature/krakow-resilient-bookstores',
      {
        place: {
          name: 'initiative',
          cityId: 'krakow-literature',
          initiativeId: 'krakow-resilient-bookstores',
        },
        params: {},
      },
    ],
    [
      '#/?lang=ar&view=3d&field=film&sdg=11.4&q=jazz+online',
      {
        place: { name: 'ground' },
        params: { lang: 'ar', view: '3d', field: 'film', sdg: '11.4', q: 'jazz online' },
      },
    ],
    ['#/about', { place: { name: 'about' }, params: {} }],
    [
      '#/?practice=digital-culture&region=africa&year=2021',
      {
        place: { name: 'ground' },
        params: { practice: 'digital-culture', region: 'africa', year: 2021 },
      },
    ],
    [
      '#/?tour=food-solidarity&stop=2',
      { place: { name: 'ground' }, params: { tour: 'food-solidarity', stop: 2 } },
    ],
  ])('%s round-trips', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route)
    expect(formatRoute(route)).toBe(hash)
  })

  it('reads an empty address as the ground', () => {
    expect(parseRoute('')).toEqual({ place: { name: 'ground' }, params: {} })
  })

  it('takes parameters from the real query too, the hash winning', () => {
    expect(parseRoute('#/city/x?lang=fr', '?lang=zh&view=2d').params).toEqual({
      lang: 'fr',
      view: '2d',
    })
  })

  it.each(['#/city', '#/city/Bad_Id', '#/city/a/b/c', '#/cities/a', '#/%E0%A4%A', '#/about/x'])(
    'keeps %s as an unknown place',
    (hash) => {
      expect(parseRoute(hash).place.name).toBe('unknown')
    },
  )

  it('drops parameters it does not know or that are malformed', () => {
    expect(
      parseRoute(
        '#/?lang=de&view=4d&field=dance&sdg=12.1&stop=2&tour=Bad Tour&x=1&year=20.5&practice=x',
      ).params,
    ).toEqual({})
  })
})

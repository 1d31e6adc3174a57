import { describe, expect, it } from 'vitest'
import { formatRoute, parseLocation, parseRoute, stripBase, type Route } from './route'

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
  ])('%s reads as before and rewrites to its canonical path', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route)
    const path = formatRoute(route)
    const [pathname = '', query = ''] = path.split('?')
    const lang = route.params.lang ?? 'en'
    expect(pathname.startsWith(`/${lang}/`)).toBe(true)
    expect(parseLocation({ pathname, search: query ? `?${query}` : '', hash: '' })).toEqual({
      ...route,
      params: { ...route.params, lang },
    })
  })

  it.each<[string, string]>([
    ['/fr/', '/fr/'],
    ['/fr/city/krakow-literature/', '/fr/city/krakow-literature/'],
    ['/zh/city/a/b/?field=film&q=jazz', '/zh/city/a/b/?field=film&q=jazz'],
    ['/ar/about/', '/ar/about/'],
    ['/ru/city/a', '/ru/city/a/'],
    ['/es/?lang=fr&view=3d', '/es/?view=3d'],
  ])('canonical path %s formats as %s', (input, canonical) => {
    const [pathname = '', query = ''] = input.split('?')
    const route = parseLocation({ pathname, search: query ? `?${query}` : '', hash: '' })
    expect(formatRoute(route)).toBe(canonical)
  })

  it('reads paths under a base, and the root with no language yet', () => {
    expect(stripBase('/expo/fr/city/x/', '/expo/')).toBe('/fr/city/x/')
    expect(stripBase('/expo', '/expo/')).toBe('/')
    expect(stripBase('/other/fr/', '/expo/')).toBeNull()
    const at = (pathname: string, search = '') =>
      parseLocation({ pathname, search, hash: '' }, '/expo/')
    expect(at('/expo/ru/city/x/').params.lang).toBe('ru')
    expect(at('/expo/')).toEqual({ place: { name: 'ground' }, params: {} })
    expect(at('/expo/index.html', '?lang=fr')).toEqual({
      place: { name: 'ground' },
      params: { lang: 'fr' },
    })
    expect(at('/expo/de/city/x/').place.name).toBe('unknown')
    // An earlier hash address wins over the path it was opened at.
    expect(
      parseLocation({ pathname: '/expo/', search: '', hash: '#/city/x?lang=zh' }, '/expo/'),
    ).toEqual({
      place: { name: 'city', cityId: 'x' },
      params: { lang: 'zh' },
    })
  })

  it("formats the visitor's language when the route names none", () => {
    expect(formatRoute({ place: { name: 'about' }, params: {} }, 'ar')).toBe('/ar/about/')
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

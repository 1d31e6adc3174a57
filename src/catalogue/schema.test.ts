import { describe, expect, it } from 'vitest'
import {
  citySchema,
  httpsUrlSchema,
  idSchema,
  initiativeSchema,
  localizedTextSchema,
  mediaSchema,
} from './schema'

const initiative = {
  id: 'a-b',
  title: { en: 'T' },
  summary: { en: 'S' },
  sdg11: ['11.4'],
  practices: ['digital-culture'],
  links: [{ url: 'https://example.org', label: 'Example' }],
}
const city = {
  id: 'alpha-music',
  name: { en: 'Alpha' },
  country: 'FR',
  field: 'music',
  designated: 2014,
  location: { lat: 45, lon: 4 },
  introduction: { en: 'Intro' },
  initiatives: [initiative],
}

describe('ids', () => {
  it.each(['krakow-literature', 'a', 'x1-2y'])('accepts %s', (id) =>
    expect(idSchema.safeParse(id).success).toBe(true),
  )
  it.each(['Krakow', 'a--b', '-a', 'a-', 'a_b', '', 'é'])('rejects %j', (id) =>
    expect(idSchema.safeParse(id).success).toBe(false),
  )
})

describe('https URLs, by pattern', () => {
  it.each(['https://example.org', 'https://a.b/c?d=e#f'])('accepts %s', (url) =>
    expect(httpsUrlSchema.safeParse(url).success).toBe(true),
  )
  it.each([
    'http://example.org',
    'javascript:alert(1)',
    'data:text/html,x',
    'HTTPS://x',
    'https://',
    'https:// x',
    '//x.org',
  ])('rejects %s', (url) => expect(httpsUrlSchema.safeParse(url).success).toBe(false))
})

describe('localized text', () => {
  it.each([
    { en: 'a' },
    { en: 'a', fr: 'b' },
    { en: 'a', fr: 'b', zh: 'c', es: 'd', ar: 'e', ru: 'f' },
  ])('accepts %j', (text) => expect(localizedTextSchema.safeParse(text).success).toBe(true))
  it.each([
    {},
    { fr: 'b' },
    { en: '' },
    { en: '  ' },
    { en: 'a', de: 'b' },
    { en: 'a', ar: '' },
    { en: 1 },
    'text',
  ])('rejects %j', (text) => expect(localizedTextSchema.safeParse(text).success).toBe(false))
})

describe('media', () => {
  it.each([
    { type: 'image', src: 'assets/photos/a.jpg', alt: { en: 'A' } },
    { type: 'video', url: 'https://v.example/1', title: { en: 'V' } },
    { type: 'link', url: 'https://l.example', title: { en: 'L' } },
  ])('accepts %j', (media) => expect(mediaSchema.safeParse(media).success).toBe(true))
  it.each([
    { type: 'image', src: '/etc/passwd', alt: { en: 'A' } },
    { type: 'image', src: 'assets/../../x.jpg', alt: { en: 'A' } },
    { type: 'image', src: 'assets/a.jpg', alt: { fr: 'A' } },
    { type: 'video', url: 'http://v.example/1', title: { en: 'V' } },
    { type: 'audio', url: 'https://a.example', title: { en: 'A' } },
  ])('rejects %j', (media) => expect(mediaSchema.safeParse(media).success).toBe(false))
})

describe('initiatives', () => {
  it('accepts a minimal one', () =>
    expect(initiativeSchema.safeParse(initiative).success).toBe(true))
  it.each([
    ['no SDG target', { sdg11: [] }],
    ['an unknown SDG target', { sdg11: ['11.8'] }],
    ['no kind of practice', { practices: [] }],
    ['no source', { links: [] }],
    ['a bad period', { period: 'spring 2020' }],
    ['an unknown property', { tags: ['x'] }],
  ])('rejects %s', (_name, patch) =>
    expect(initiativeSchema.safeParse({ ...initiative, ...patch }).success).toBe(false),
  )
  it.each(['2020', '2020-04', '2020-04-01', '2020-04/2020-06', '2020-08-30/2020-12'])(
    'accepts period %s',
    (period) => expect(initiativeSchema.safeParse({ ...initiative, period }).success).toBe(true),
  )
})

describe('cities', () => {
  it('accepts a full one with its $schema', () =>
    expect(citySchema.safeParse({ $schema: '../schema/city.schema.json', ...city }).success).toBe(
      true,
    ))
  it.each([
    ['an unknown country', { country: 'XX' }],
    ['a lower-case country', { country: 'fr' }],
    ['a field outside the seven', { field: 'architecture' }],
    ['a fractional year', { designated: 2014.5 }],
    ['a year before the network', { designated: 1999 }],
    ['a latitude past the pole', { location: { lat: 91, lon: 0 } }],
  ])('rejects %s', (_name, patch) =>
    expect(citySchema.safeParse({ ...city, ...patch }).success).toBe(false),
  )
})

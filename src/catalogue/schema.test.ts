import type * as z from 'zod/mini'
import { describe, expect, it } from 'vitest'
import { LIMITS } from './limits'
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
  it(`accepts ${LIMITS.id} characters, not one more`, () => {
    expect(idSchema.safeParse('a'.repeat(LIMITS.id)).success).toBe(true)
    expect(messages(idSchema, 'a'.repeat(LIMITS.id + 1))).toEqual([
      `must be at most ${LIMITS.id} characters`,
    ])
  })
  it.each(['constructor', 'prototype', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'rejects the built-in name %s, with one message that says so',
    (id) =>
      expect(messages(idSchema, id)).toEqual([
        `"${id}" is a name every JavaScript object already has: choose another id`,
      ]),
  )
  it.each(['constructors', 'my-prototype', 'proto'])(
    'accepts %s, which only looks built in',
    (id) => expect(idSchema.safeParse(id).success).toBe(true),
  )
})

describe('https URLs, parsed', () => {
  it.each([
    ['https://user:pass@example.org/', 'must not contain a user name or password (user:pass@)'],
    ['https://user@example.org/', 'must not contain a user name or password (user:pass@)'],
    ['https://example.org/a b', 'must not contain spaces (write %20)'],
    ['https://example.org/\u00a0', 'must not contain spaces (write %20)'],
    ['https://example.org/\u0007', 'must not contain control characters'],
    ['https://example.org/\u0085', 'must not contain control characters'],
    [
      'https://example.org/\u202egpj.exe',
      'must not contain invisible characters (direction marks, zero-width spaces)',
    ],
    [
      'https://exa\u200bmple.org/',
      'must not contain invisible characters (direction marks, zero-width spaces)',
    ],
    [
      'https://example.org/\u200e',
      'must not contain invisible characters (direction marks, zero-width spaces)',
    ],
    ['https:///example.org', 'must name a host after https://'],
    ['https://?q', 'must name a host after https://'],
    ['https://exa<mple.org/', 'is not a valid address'],
    ['https://example.org:99999/', 'is not a valid address'],
    ['/relative/path', 'must be an https:// address'],
    ['https://x.org/' + 'a'.repeat(LIMITS.url), `must be at most ${LIMITS.url} characters`],
  ])('rejects %j: %s', (url, message) => expect(messages(httpsUrlSchema, url)).toEqual([message]))
  it.each([
    'https://example.org',
    'https://例え.jp/パス?q=1#x',
    'https://[2001:db8::1]:8443/a',
    'https://example.org/%20a?b=c&d=e',
  ])('accepts %j', (url) => expect(httpsUrlSchema.safeParse(url).success).toBe(true))
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

describe('lengths', () => {
  const title = initiativeSchema.shape.title
  it(`accepts a title of ${LIMITS.title} characters in any language, not one more`, () => {
    expect(title.safeParse({ en: 'x'.repeat(LIMITS.title) }).success).toBe(true)
    expect(messages(title, { en: 'T', zh: '字'.repeat(LIMITS.title + 1) })).toEqual([
      `must be at most ${LIMITS.title} characters, got ${LIMITS.title + 1}`,
    ])
  })
  it.each([
    ['summary', LIMITS.summary],
    ['body', LIMITS.body],
  ] as const)('limits an initiative’s %s to %i characters', (key, max) => {
    const ok = { ...initiative, [key]: { en: 'x'.repeat(max) } }
    expect(initiativeSchema.safeParse(ok).success).toBe(true)
    expect(initiativeSchema.safeParse({ ...ok, [key]: { en: 'x'.repeat(max + 1) } }).success).toBe(
      false,
    )
  })
  it.each([
    ['name', LIMITS.name],
    ['introduction', LIMITS.introduction],
  ] as const)('limits a city’s %s to %i characters', (key, max) => {
    expect(citySchema.safeParse({ ...city, [key]: { en: 'x'.repeat(max) } }).success).toBe(true)
    expect(citySchema.safeParse({ ...city, [key]: { en: 'x'.repeat(max + 1) } }).success).toBe(
      false,
    )
  })
  it(`holds at most ${LIMITS.initiativesPerCity} initiatives in a city`, () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ ...initiative, id: `a-${i}` }))
    expect(
      citySchema.safeParse({ ...city, initiatives: many(LIMITS.initiativesPerCity) }).success,
    ).toBe(true)
    expect(messages(citySchema, { ...city, initiatives: many(2000) })).toEqual([
      `a pavilion shows at most ${LIMITS.initiativesPerCity} initiatives, got 2000`,
    ])
  })
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

function messages(schema: z.ZodMiniType, value: unknown): string[] {
  const result = schema.safeParse(value)
  return result.success ? [] : result.error.issues.map((issue) => issue.message)
}

import { describe, expect, it } from 'vitest'
import { offlinePatterns, RUNTIME_CACHES, runtimeCacheFor } from './offlineRoutes'

/** How Workbox's RegExpRoute reads a pattern: another origin only when it matches from 0. */
function routes(pattern: RegExp, href: string, origin: string): boolean {
  const match = pattern.exec(href)
  if (!match) return false
  return new URL(href).origin === origin || match.index === 0
}

const SITE = 'https://expo.example.org'

describe.each([
  ['/', `${SITE}/`],
  ['/expo/', `${SITE}/expo/`],
])('the worker’s routes under base %s', (base, root) => {
  const patterns = offlinePatterns(base)
  const at = (path: string) => `${root}${path}`

  it.each([
    ['catalogue/index.0123456789.json', RUNTIME_CACHES.catalogue],
    ['catalogue/cities/krakow-literature.0123456789.json', RUNTIME_CACHES.catalogue],
    ['catalogue/titles.0123456789.json', RUNTIME_CACHES.catalogue],
    ['assets/ExpoCanvas-CQoUwfaO.js', RUNTIME_CACHES.assets],
    ['assets/inter-cyrillic-400-normal-obahsSVq.woff2', RUNTIME_CACHES.assets],
    ['assets/generated/fonts/noto-sans-sc-400.9c1f4bd6e2.woff2', RUNTIME_CACHES.assets],
    ['assets/generated/images/stage.0123456789-640.webp', RUNTIME_CACHES.assets],
    ['assets/generated/posters/krakow-resilient-bookstores.svg', RUNTIME_CACHES.pictures],
    ['assets/generated/badges/sdg-11-4.svg', RUNTIME_CACHES.pictures],
    ['assets/photos/stage.jpg', RUNTIME_CACHES.pictures],
  ])('%s goes to %s', (path, cache) => {
    expect(runtimeCacheFor(at(path), base)).toBe(cache)
  })

  it.each(['embed.html', 'embed.js', 'sw.js', 'oembed/en/expo.json', 'sitemap.xml', 'en/'])(
    '%s is not cached at run time',
    (path) => {
      expect(runtimeCacheFor(at(path), base)).toBeUndefined()
    },
  )

  it('pages are matched by their language; the root page by itself', () => {
    expect(patterns.page('fr').test(at('fr/city/krakow-literature/'))).toBe(true)
    expect(patterns.page('fr').test(at('en/city/krakow-literature/'))).toBe(false)
    expect(patterns.page('en').test(at('assets/en-BNGe3EeX.js'))).toBe(false)
    expect(patterns.root.test(at(''))).toBe(true)
    expect(patterns.root.test(at('index.html'))).toBe(true)
    expect(patterns.root.test(at('?lang=fr'))).toBe(true)
    expect(patterns.root.test(at('embed.html'))).toBe(false)
  })

  it('never routes another origin’s requests', () => {
    const foreign = `https://elsewhere.example.com${base}`
    for (const pattern of [patterns.page('en'), patterns.root, patterns.catalogue])
      expect(routes(pattern, `${foreign}en/`, SITE)).toBe(false)
    expect(routes(patterns.catalogue, `${foreign}catalogue/index.0123456789.json`, SITE)).toBe(
      false,
    )
    expect(routes(patterns.catalogue, at('catalogue/index.0123456789.json'), SITE)).toBe(true)
  })
})

it('under /expo/, addresses outside the sub-path are not the site’s', () => {
  expect(runtimeCacheFor(`${SITE}/catalogue/index.0123456789.json`, '/expo/')).toBeUndefined()
  expect(offlinePatterns('/expo/').page('en').test(`${SITE}/en/`)).toBe(false)
})

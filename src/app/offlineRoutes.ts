/**
 * What the service worker caches at run time, and where: one table read by the build (the
 * worker's routes, scripts/offline/serviceWorker.ts) and by the page (which puts into the same
 * caches what it loaded before a worker was there). Pure: no DOM, no worker API.
 *
 * The patterns are not anchored at the start on purpose: Workbox lets a regular expression match
 * a request of another origin only when it matches from the first character, so `//host/base/…`
 * matching inside `https://host/base/…` keeps every route to the site's own origin.
 */

export const RUNTIME_CACHES = {
  /** `catalogue/*.<hash>.json`: the index's city, search and other files, never changed. */
  catalogue: 'expo-catalogue',
  /** Vite's hashed scripts, styles and fonts, and the generated fonts and images. */
  assets: 'expo-assets',
  /** Posters, badges and curator images without a hash: served from the cache, then refreshed. */
  pictures: 'expo-pictures',
} as const

export type RuntimeCache = (typeof RUNTIME_CACHES)[keyof typeof RUNTIME_CACHES]

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

export interface OfflinePatterns {
  /** Pages of one language (`<base><lang>/…`). */
  page: (language: string) => RegExp
  /** The site's root page (`<base>`, `<base>index.html`). */
  root: RegExp
  catalogue: RegExp
  assets: RegExp
  pictures: RegExp
}

/** The patterns for a site served under `base` (`/` or `/expo/`). */
export function offlinePatterns(base: string): OfflinePatterns {
  const at = `//[^/?#]+${escape(base)}`
  const end = '(?:[?#]|$)'
  return {
    page: (language) => new RegExp(`${at}${escape(language)}/`),
    root: new RegExp(`${at}(?:index\\.html)?${end}`),
    catalogue: new RegExp(`${at}catalogue/[^?#]+\\.json${end}`),
    // Vite names a file `name-<8 characters>.ext`; the build's own generated files carry a
    // 10-digit hex hash in their folders for fonts and images.
    assets: new RegExp(
      `${at}assets/(?:[^/?#]+-[\\w-]{8}\\.\\w+|generated/(?:fonts|images)/[^?#]+)${end}`,
    ),
    pictures: new RegExp(`${at}assets/[^?#]+\\.(?:svg|png|jpe?g|webp|avif)${end}`),
  }
}

/** The runtime cache a same-origin address belongs in (the worker's order), if any. */
export function runtimeCacheFor(href: string, base: string): RuntimeCache | undefined {
  const patterns = offlinePatterns(base)
  if (patterns.catalogue.test(href)) return RUNTIME_CACHES.catalogue
  if (patterns.assets.test(href)) return RUNTIME_CACHES.assets
  if (patterns.pictures.test(href)) return RUNTIME_CACHES.pictures
  return undefined
}

/**
 * Entry for prerendering (SPEC §6): renders a page of the 2D view to HTML in Node, with the same
 * components, store and strings as the browser, so the static page and the live app match.
 * Loaded at build time by scripts/prerender/ through Vite's SSR module loader.
 */
import { prerender } from 'react-dom/static'
import { App } from './app/App'
import type { CatalogueIndex, CompiledCity } from './catalogue/compiled'
import type { UiLanguage } from './catalogue/vocabulary'
import { createStaticI18n } from './i18n/i18n'
import { loadRegions } from './i18n/regions'
import type { Route } from './routing/route'
import { createFrameStats } from './state/frameStats'
import { createExpoStore } from './state/store'
import { preparePage } from './ui/Page'

export interface PageInput {
  catalogue: CatalogueIndex
  /** The full file of the city in the route, if any. */
  city?: CompiledCity
  route: Route
  language: UiLanguage
  strings: Partial<Record<UiLanguage, Record<string, unknown>>>
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder()
  let html = ''
  const reader = stream.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return html + decoder.decode()
    html += decoder.decode(value, { stream: true })
  }
}

/** The HTML inside `#root` for a page, once every lazy part (the about page) has loaded. */
export async function renderPage(input: PageInput): Promise<string> {
  // React renders on the server from the store's initial state, so everything is given up front.
  // WebGL is assumed: the view toggle is drawn enabled, as most browsers will show it.
  const store = createExpoStore({
    route: input.route,
    language: input.language,
    autoView: '2d',
    webgl: true,
    catalogue: input.catalogue,
    catalogueStatus: 'ready',
    cities: new Map(input.city ? [[input.city.id, { status: 'ready', city: input.city }]] : []),
  })
  // Lazy parts load first: a boundary that suspends would be written with inline scripts that
  // move its content into place, which the site's CSP refuses (and a reader without JS lacks).
  await Promise.all([preparePage(input.route.place), loadRegions(input.language)])
  const i18n = createStaticI18n(input.language, input.strings)
  const { prelude } = await prerender(<App store={store} i18n={i18n} stats={createFrameStats()} />)
  return text(prelude)
}

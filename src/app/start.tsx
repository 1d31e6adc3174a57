/** The app, started by main.tsx: detect, pick the language, load, then hydrate or render. */
import { loadFirstScreen, readiness, savedLanguage } from './boot'
import { watchCatalogue } from './catalogueSource'
import { detectCapabilities } from './capabilities'
import { installTestHooks } from './testHooks'
import { showLiveProgress } from './liveProgress'
import { startServiceWorker } from './serviceWorker'
import { createI18n } from '../i18n/i18n'
import { directionOf, pickLanguage } from '../i18n/detect'
import { BASE } from '../routing/base'
import { formatRoute, parseLocation } from '../routing/route'
import { createFrameStats } from '../state/frameStats'
import { createExpoStore } from '../state/store'

/**
 * What the prerenderer assumed of the device (src/prerender.tsx): WebGL, the 2D view. A page that
 * starts on its prerendered HTML is hydrated with these, then told what this device can do.
 */
const PRERENDERED = { webgl: true, autoView: '2d', reducedMotion: false } as const

export async function start(): Promise<void> {
  const route = parseLocation(location, BASE)
  const language = pickLanguage(route.params.lang, savedLanguage(), navigator.languages ?? [])
  document.documentElement.lang = language
  document.documentElement.dir = directionOf(language)
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  // The prerendered page is of this address in this language (not the English root served to a
  // French visitor, the 404 page, or a page with parameters): the app takes it over in place.
  const prerendered = root.childElementCount > 0
  const hydrate = prerendered && root.dataset.page === formatRoute(route, language)
  const store = createExpoStore({ route, language })
  // Probing WebGL takes a moment: a hydrated page asks once it is live (see `mounted`).
  store.getState().setCapabilities(hydrate ? PRERENDERED : detectCapabilities())
  const stats = createFrameStats()
  const ready = readiness(store, stats)
  installTestHooks(store, stats, ready.isReady)
  watchCatalogue(store)
  // A part that cannot be prepared (the about page's chunk) fails later, inside its boundary.
  const firstScreen = loadFirstScreen(store).catch((error: unknown) =>
    console.warn('creative-cities-expo: the first screen could not be prepared', error),
  )
  // React DOM and the views, fetched now and evaluated in a task of their own.
  const view = import('./mount')
  // Awaited below; a failure to fetch it (offline) is reported by main.tsx, the page kept.
  view.catch(() => undefined)
  // Replacing a page waits for the fonts, so that the new text is laid out once; hydrating keeps
  // the text on the page and needs none.
  const [i18n] = await Promise.all([
    createI18n(language),
    hydrate ? undefined : document.fonts?.ready,
  ])
  ready.stringsLoaded()
  // A prerendered page keeps reading while the catalogue loads (a progress bar says so); a page
  // without one shows the app's frame at once.
  if (prerendered) {
    const done = showLiveProgress(i18n.t('app.loading'))
    await firstScreen
    done()
    // The live exhibition could not load (no catalogue, after retries): the prerendered page
    // still reads, so it stays, with a word on what failed and a way to try again.
    if (store.getState().catalogueStatus === 'failed')
      return keepPrerendered(root, i18n.t('app.liveFailed'), i18n.t('app.retry'))
  }
  const kind = hydrate ? 'hydrated' : prerendered ? 'replaced' : 'rendered'
  const { mount } = await view
  let live = false
  mount({ root, hydrate, store, i18n, stats }, () => {
    if (live) return
    live = true
    document.body.dataset.expoStart ??= kind
    // The worker's install fetches the shell: after the first screen, which comes first.
    startServiceWorker(store)
    if (hydrate) setTimeout(() => store.getState().setCapabilities(detectCapabilities()), 0)
  })
}

function keepPrerendered(root: HTMLElement, message: string, retry: string): void {
  const notice = document.createElement('div')
  notice.className = 'notice live-failed'
  notice.setAttribute('role', 'alert')
  const text = document.createElement('p')
  text.textContent = message
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'button'
  button.textContent = retry
  button.addEventListener('click', () => location.reload())
  notice.append(text, button)
  root.prepend(notice)
  // Back online: the same page again, live this time.
  window.addEventListener('online', () => location.reload(), { once: true })
  document.body.dataset.expoMounted = 'true'
  // No app, so no chunk to fetch ahead: the page is as ready as it will be.
  document.body.dataset.expoWarm = 'true'
}

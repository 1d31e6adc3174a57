/** Entry of index.html: detect, pick the language, load, render. */
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { loadFirstScreen, readiness, savedLanguage } from './app/boot'
import { watchCatalogue } from './app/catalogueSource'
import { detectCapabilities } from './app/capabilities'
import { installTestHooks } from './app/testHooks'
import { showLiveProgress } from './app/liveProgress'
import { startServiceWorker } from './app/serviceWorker'
import { createI18n } from './i18n/i18n'
import { directionOf, pickLanguage } from './i18n/detect'
import { BASE } from './routing/base'
import { parseLocation } from './routing/route'
import { createFrameStats } from './state/frameStats'
import { createExpoStore } from './state/store'
import './ui/styles/index.css'

async function start(): Promise<void> {
  const route = parseLocation(location, BASE)
  const language = pickLanguage(route.params.lang, savedLanguage(), navigator.languages ?? [])
  document.documentElement.lang = language
  document.documentElement.dir = directionOf(language)
  const store = createExpoStore({ route, language })
  store.getState().setCapabilities(detectCapabilities())
  const stats = createFrameStats()
  const ready = readiness(store, stats)
  installTestHooks(store, stats, ready.isReady)
  watchCatalogue(store)
  startServiceWorker(store)
  // A part that cannot be prepared (the about page's chunk) fails later, inside its boundary.
  const firstScreen = loadFirstScreen(store).catch((error: unknown) =>
    console.warn('creative-cities-expo: the first screen could not be prepared', error),
  )
  const [i18n] = await Promise.all([createI18n(language), document.fonts?.ready])
  ready.stringsLoaded()
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  // A prerendered page keeps reading while the catalogue loads (a progress bar says so), and the
  // app replaces it with the same content; a page without one shows the app's frame at once.
  if (root.childElementCount > 0) {
    const done = showLiveProgress(i18n.t('app.loading'))
    await firstScreen
    done()
    // The live exhibition could not load (no catalogue, after retries): the prerendered page
    // still reads, so it stays, with a word on what failed and a way to try again.
    if (store.getState().catalogueStatus === 'failed')
      return keepPrerendered(root, i18n.t('app.liveFailed'), i18n.t('app.retry'))
  }
  // A transition: React renders the page in slices of a few milliseconds, yielding to the
  // browser between them, so taking over the prerendered page is no long task on a slow phone.
  const app = createRoot(root)
  startTransition(() =>
    app.render(
      <StrictMode>
        <App store={store} i18n={i18n} stats={stats} />
      </StrictMode>,
    ),
  )
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

void start()

/**
 * Entry of embed.html (SPEC §7): the same app, store and views as index.html, without page
 * chrome, placed by the query (`city`, `initiative`, `lang`, `field`, `sdg`, `view`, `tour`,
 * `controls`) and driven by the partner page through the protocol instead of the address bar.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { EmbedBridge } from './app/EmbedBridge'
import { loadFirstScreen, readiness, savedLanguage } from './app/boot'
import { detectCapabilities } from './app/capabilities'
import { installTestHooks } from './app/testHooks'
import { embedPlace } from './embed/place'
import { createI18n } from './i18n/i18n'
import { directionOf, pickLanguage } from './i18n/detect'
import { createFrameStats } from './state/frameStats'
import { createExpoStore } from './state/store'
import './ui/styles/index.css'

/** The partner page's origin: the browser's own record of it, else the referrer's. */
function parentOrigin(): string | null {
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins
  if (ancestors?.length) return ancestors[0] ?? null
  try {
    return document.referrer ? new URL(document.referrer).origin : null
  } catch {
    return null
  }
}

async function start(): Promise<void> {
  const query = new URLSearchParams(location.search)
  const route = embedPlace(query)
  const language = pickLanguage(route.params.lang, savedLanguage(), navigator.languages ?? [])
  document.documentElement.lang = language
  document.documentElement.dir = directionOf(language)
  const controls = query.get('controls') === 'minimal' ? 'minimal' : 'full'
  const store = createExpoStore({ route, language, embedded: { controls }, interactive: false })
  store.getState().setCapabilities(detectCapabilities())
  const stats = createFrameStats()
  const ready = readiness(store, stats)
  installTestHooks(store, stats, ready.isReady)
  // The frame and its progress show at once; the catalogue arrives into them.
  void loadFirstScreen(store)
  const [i18n] = await Promise.all([createI18n(language), document.fonts?.ready])
  ready.stringsLoaded()
  const root = document.getElementById('root')
  if (!root) throw new Error('embed.html has no #root')
  createRoot(root).render(
    <StrictMode>
      <App
        store={store}
        i18n={i18n}
        stats={stats}
        chrome={false}
        bridge={<EmbedBridge parentOrigin={parentOrigin()} isReady={ready.isReady} />}
      />
    </StrictMode>,
  )
}

void start()

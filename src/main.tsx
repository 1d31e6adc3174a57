/** Entry of index.html: detect, pick the language, load, render. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { loadCatalogue, loadCity, watchCatalogue } from './app/catalogueSource'
import { detectCapabilities } from './app/capabilities'
import { installTestHooks } from './app/testHooks'
import { createI18n } from './i18n/i18n'
import { directionOf, LANGUAGE_KEY, pickLanguage } from './i18n/detect'
import { BASE } from './routing/base'
import { parseLocation } from './routing/route'
import { createFrameStats } from './state/frameStats'
import { selectCityId, selectView } from './state/selectors'
import { createExpoStore } from './state/store'
import { preparePage } from './ui/Page'
import './ui/styles/index.css'

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY)
  } catch {
    return null
  }
}

async function start(): Promise<void> {
  const route = parseLocation(location, BASE)
  const language = pickLanguage(route.params.lang, savedLanguage(), navigator.languages ?? [])
  document.documentElement.lang = language
  document.documentElement.dir = directionOf(language)
  const store = createExpoStore({ route, language })
  store.getState().setCapabilities(detectCapabilities())
  const stats = createFrameStats()
  let i18nReady = false
  installTestHooks(store, stats, () => {
    const state = store.getState()
    // Mounted: the App's effects have run (children's first), so every listener is in place.
    return (
      i18nReady &&
      document.body.dataset.expoMounted === 'true' &&
      state.catalogueStatus !== 'loading' &&
      (selectView(state) === '2d' || stats.frames > 0)
    )
  })
  watchCatalogue(store)
  // Everything the first screen shows is loaded before the first render: a page that starts on
  // its prerendered HTML is then replaced by the same content, with no loading message between.
  const [i18n] = await Promise.all([
    createI18n(language),
    loadCatalogue(store).then(() => {
      const cityId = selectCityId(store.getState())
      return cityId ? loadCity(store, cityId) : undefined
    }),
    preparePage(route.place),
    document.fonts?.ready,
  ])
  i18nReady = true
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  createRoot(root).render(
    <StrictMode>
      <App store={store} i18n={i18n} stats={stats} />
    </StrictMode>,
  )
}

void start()

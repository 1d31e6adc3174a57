/**
 * Entry of index.html: the stylesheet, then the app once the browser has painted the page.
 * A prerendered page needs no script to be read, so its first paint never waits for the app's
 * code: the app's scripts are asked for only once that paint is on screen (the browser's own
 * `first-contentful-paint` entry), with the catalogue's index, so on a slow connection they do not
 * take bandwidth from the fonts and styles the first screen is drawn with.
 */
import './ui/styles/index.css'
import { catalogueAddress } from './app/catalogueAddress'

function painted(): Promise<void> {
  // A page opened in a background tab paints nothing until shown: start at once.
  if (document.visibilityState === 'hidden') return Promise.resolve()
  const afterFrame = () =>
    new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  // A browser without paint timing (or without PerformanceObserver): the next frame will do.
  if (
    typeof PerformanceObserver === 'undefined' ||
    !PerformanceObserver.supportedEntryTypes?.includes('paint')
  )
    return afterFrame()
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect()
      resolve()
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done()
    })
    observer.observe({ type: 'paint', buffered: true })
    // A page with nothing contentful to paint has no such entry: a safety net, two frames after
    // its load (a page whose fonts load fast can fire load before its first paint).
    const net = () => void afterFrame().then(afterFrame).then(done)
    if (document.readyState === 'complete') net()
    else window.addEventListener('load', net, { once: true })
  })
}

/**
 * The catalogue's index (its address is in the page), asked for beside the app's scripts rather
 * than once they have run: the app needs both before it takes the page over.
 */
function fetchIndexAhead(): void {
  const address = catalogueAddress()
  if (!address) return
  const link = document.createElement('link')
  Object.assign(link, { rel: 'preload', as: 'fetch', href: address, crossOrigin: 'anonymous' })
  document.head.append(link)
}

void painted()
  .then(() => {
    fetchIndexAhead()
    return import('./app/start')
  })
  .then((app) => app.start())
  // The app's code could not be fetched (offline on a first visit, a deployment half-way): the
  // prerendered page still reads, and its links still lead on.
  .catch((error: unknown) => console.warn('creative-cities-expo: the app could not start', error))

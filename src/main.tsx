/**
 * Entry of index.html: the stylesheet, then the app once the browser has painted the page.
 * A prerendered page needs no script to be read, so its first paint never waits for the app's
 * code to be evaluated (on a fast connection that code would otherwise run first).
 */
import './ui/styles/index.css'

function painted(): Promise<void> {
  // A page opened in a background tab paints nothing until shown: start at once.
  if (document.visibilityState === 'hidden') return Promise.resolve()
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

void painted()
  .then(() => import('./app/start'))
  .then((app) => app.start())
  // The app's code could not be fetched (offline on a first visit, a deployment half-way): the
  // prerendered page still reads, and its links still lead on.
  .catch((error: unknown) => console.warn('creative-cities-expo: the app could not start', error))

/**
 * A prerendered page reads at once, while the live exhibition (the catalogue) loads behind it:
 * a thin progress bar fixed at the top of the window says so without moving the page (no layout
 * shift), and is removed when the app takes the page over.
 */
export function showLiveProgress(label: string): () => void {
  const bar = document.createElement('div')
  bar.className = 'live-progress'
  const progress = document.createElement('progress')
  progress.setAttribute('aria-label', label)
  bar.append(progress)
  document.body.append(bar)
  return () => bar.remove()
}

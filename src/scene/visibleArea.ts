/** The part of the canvas the panel leaves free (pure; px). */

/** Width of the side panel on wide screens, px: min(40vw, 520px) plus its 1rem margin. */
export function panelWidth(width: number): number {
  return Math.min(width * 0.4, 520) + 16
}

/**
 * How much further back a room view should stand so the room fits the free part of the canvas:
 * more on a narrow (portrait) view, and twice as far when a phone's bottom sheet covers half of it
 * (the free part then sees only half the field of view).
 */
export function stepBack(width: number, height: number, panelOpen: boolean): number {
  const phone = width <= 720
  const free = panelOpen && !phone ? width - panelWidth(width) : width
  const narrow = Math.max(1, 1.1 / (free / height))
  return Math.min(2.6, (panelOpen && phone ? 2 : 1) * narrow)
}

import type { FieldId } from '../catalogue/vocabulary'

/**
 * A simple mark per creative field, drawn for this project, so colour is never the only cue.
 * SVG path data on a 24-unit grid, stroked. Shared by the 2D emblems and the generated posters.
 */
export const FIELD_MARKS: Record<FieldId, string> = {
  'crafts-folk-art': 'M3 12 12 4l9 8M6 11v9h12v-9M9 14l6 6M15 14l-6 6',
  design: 'M4 9h16M7 9v11h10V9M4 9l3-5h10',
  film: 'M4 6h16v12H4zM4 10h16M8 6v4M12 6v4M16 6v4',
  gastronomy: 'M3 13a9 9 0 0 1 18 0zM12 4v-1M3 16h18',
  literature: 'M12 6c-2-2-6-2-9-1v14c3-1 7-1 9 1 2-2 6-2 9-1V5c-3-1-7-1-9 1zM12 6v14',
  'media-arts': 'M12 3 20 9 17 20H7L4 9zM12 3v17M4 9l8 4 8-4',
  music: 'M4 19c0-9 7-15 16-15M8 19c0-6 5-11 12-11M12 19c0-3 3-7 8-7',
}

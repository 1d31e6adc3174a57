/**
 * Link-preview pictures (Open Graph, 1200×630 PNG): the exhibit's generated poster beside its
 * title, city and field, lettered as outlines (the same Inter as the posters), drawn with sharp.
 * Cached on disk by the hash of what they are drawn from, so a rebuild redraws only changes.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp, { type OverlayOptions } from 'sharp'
import { INK, labelColours } from '../assets/posters.ts'
import { setText } from '../assets/textPath.ts'

export const OG_WIDTH = 1200
export const OG_HEIGHT = 630
const CACHE = join('node_modules', '.cache', 'expo-og')
const PAPER = '#F7F3EC'
const MUTED = '#5A5A66'
/** Bump when the drawing changes, so cached pictures are not reused. */
const VERSION = 1

export interface OgInput {
  /** The big line: an exhibit's title, a city's name, the exhibition's title. */
  title: string
  /** Above it: the field's city title ("UNESCO City of Literature") or the subtitle. */
  eyebrow: string
  /** Below it: the city and country, or the exhibition's title. */
  caption: string
  /** The field's colour (or the ink, for the exhibition). */
  colour: string
  /** A poster (SVG text) to show at the start, or none. */
  poster?: string
}

/** Words into lines of at most `width` px at `size`, at most `max` lines (the last one clipped). */
function wrap(text: string, size: number, width: number, max: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word
    if (line && setText(next, 0, 0, size).width > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  if (lines.length <= max) return lines
  const kept = lines.slice(0, max)
  kept[max - 1] = `${kept[max - 1]}…`
  return kept
}

function panelSvg(input: OgInput, x: number): string {
  const width = OG_WIDTH - x - 70
  let size = 60
  let lines = wrap(input.title, size, width, 4)
  while (lines.length > 3 && size > 40) {
    size -= 6
    lines = wrap(input.title, size, width, 4)
  }
  const label = labelColours(input.colour)
  const top = 190
  const paths = lines.map(
    (line, i) =>
      `<path d="${setText(line, x, top + 40 + i * size * 1.15, size).d}" fill="${INK}"/>`,
  )
  const eyebrow = setText(input.eyebrow, x + 20, 150, 26, 'regular')
  const captionY = top + 40 + lines.length * size * 1.15 + 30
  const caption = setText(input.caption, x, captionY, 30, 'regular')
  const brand = setText('Creative Cities Expo', x, OG_HEIGHT - 60, 26)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">
<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${PAPER}"/>
<rect x="${x}" y="126" width="8" height="32" rx="4" fill="${label.fill}"/>
<path d="${eyebrow.d}" fill="${MUTED}"/>
${paths.join('\n')}
<path d="${caption.d}" fill="${MUTED}"/>
<rect x="0" y="${OG_HEIGHT - 12}" width="${OG_WIDTH}" height="12" fill="${input.colour}"/>
<path d="${brand.d}" fill="${INK}"/>
</svg>`
}

/** The PNG bytes of a preview picture (from the cache when the same picture was drawn before). */
export async function ogImage(input: OgInput): Promise<Buffer> {
  const x = input.poster ? 560 : 90
  const svg = panelSvg(input, x)
  const key = createHash('sha256')
    .update(`${VERSION}\n${svg}\n${input.poster ?? ''}`)
    .digest('hex')
    .slice(0, 20)
  const cached = join(CACHE, `${key}.png`)
  if (existsSync(cached)) return readFileSync(cached)
  const layers: OverlayOptions[] = []
  if (input.poster) {
    const poster = await sharp(Buffer.from(input.poster), { density: 144 })
      .resize({ height: OG_HEIGHT - 80 })
      .png()
      .toBuffer()
    layers.push({ input: poster, left: 60, top: 40 })
  }
  const png = await sharp(Buffer.from(svg))
    .composite(layers)
    .png({ compressionLevel: 9 })
    .toBuffer()
  mkdirSync(CACHE, { recursive: true })
  writeFileSync(cached, png)
  return png
}

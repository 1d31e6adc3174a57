/**
 * The web app manifest and its icons (PNG, drawn at build time with sharp from the site's own
 * emblem, public/assets/icons/favicon.svg: the plaza and the seven field colours on ink).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'

/** DESIGN.md: paper is the page and the ground; the browser's frame takes the same colour. */
export const PAPER = '#F7F3EC'
/** DESIGN.md: ink, the emblem's ground. */
export const INK = '#1B1B1F'

export const MANIFEST_FILE = 'manifest.webmanifest'
export const ICON_DIR = 'assets/icons'

export interface ManifestInput {
  /** The exhibition's title in English (exhibition.json). */
  name: string
  shortName: string
  description: string
}

interface Icon {
  file: string
  size: number
  purpose: 'any' | 'maskable'
}

export const ICONS: readonly Icon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-192.png', size: 192, purpose: 'maskable' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
]

/**
 * A maskable icon is cut by the platform to any shape inside its square: everything that matters
 * must lie within the central circle of 80% of the width. The emblem is drawn at 64% on a
 * full-bleed ink square, so its rounded corners disappear into the ground.
 */
export function iconSvg(emblem: string, purpose: Icon['purpose']): string {
  if (purpose === 'any') return emblem
  const inner = emblem.replace('<svg ', '<svg x="5.76" y="5.76" width="20.48" height="20.48" ')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${INK}"/>${inner}</svg>`
}

export function manifest(input: ManifestInput): Record<string, unknown> {
  return {
    // Relative addresses resolve from the manifest's own address: the site's base, whatever it is.
    id: './',
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: 'en',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: PAPER,
    background_color: PAPER,
    icons: ICONS.map((icon) => ({
      src: `${ICON_DIR}/${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  }
}

/** Writes the manifest and the icons into the build folder; returns the files written. */
export async function writeManifest(
  root: string,
  outDir: string,
  input: ManifestInput,
): Promise<string[]> {
  const emblem = readFileSync(join(root, 'public', ICON_DIR, 'favicon.svg'), 'utf8')
  mkdirSync(join(outDir, ICON_DIR), { recursive: true })
  await Promise.all(
    ICONS.map((icon) =>
      sharp(Buffer.from(iconSvg(emblem, icon.purpose)), { density: (72 * icon.size) / 32 })
        .resize(icon.size, icon.size)
        .png({ compressionLevel: 9 })
        .toFile(join(outDir, ICON_DIR, icon.file)),
    ),
  )
  writeFileSync(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest(input), null, 2)}\n`)
  return [MANIFEST_FILE, ...ICONS.map((icon) => `${ICON_DIR}/${icon.file}`)]
}

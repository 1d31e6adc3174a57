/**
 * Web versions of curator photos: every JPEG or PNG image in the media of the content becomes
 * AVIF and WebP at up to three widths (never enlarged), a JPEG fallback and a tiny placeholder.
 * File names carry a hash of the source bytes and of the encoding recipe, so they change exactly
 * when the output would. WebP, AVIF and SVG sources are served as they are.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'
import type { WebImage } from '../../src/catalogue/compiled.ts'
import { readImageInfo } from '../content/images-check.ts'
import type { Content } from '../content/validate.ts'
import type { Generated } from './generate.ts'

export const IMAGES = 'assets/generated/images'
/** Widths for srcset, in px; a smaller original adds its own width instead of being enlarged. */
export const WIDTHS = [320, 640, 1280] as const
const FALLBACK_WIDTH = 640
/** Part of every name: change it whenever an encoding setting below changes. */
const RECIPE = 'v1 avif-q50-e4 webp-q72 jpeg-q78-mozjpeg placeholder-webp-16-q40'

interface Plan {
  /** Absolute path of the original. */
  path: string
  /** sha256 of the recipe and the original's bytes, hex. */
  hash: string
  widths: number[]
  fallback: number
  /** Site path of one version. */
  name: (width: number, format: 'avif' | 'webp' | 'jpg') => string
  width: number
  height: number
}

/** Where media `src` paths point: as checked, else `<content dir>/../public` like the plugin. */
export function publicDirOf(content: Content): string {
  return content.publicDir ?? resolve(process.env.EXPO_CONTENT_DIR ?? 'content', '..', 'public')
}

function plan(publicDir: string, src: string): Plan | undefined {
  const path = join(publicDir, src)
  if (!existsSync(path)) return undefined
  const info = readImageInfo(path)
  if (!info?.width || !info.height || (info.format !== 'jpeg' && info.format !== 'png'))
    return undefined
  const hash = createHash('sha256').update(RECIPE).update(readFileSync(path)).digest('hex')
  const stem =
    basename(src, extname(src))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'image'
  const largest = Math.min(info.width, WIDTHS[WIDTHS.length - 1] ?? info.width)
  return {
    path,
    hash,
    widths: [...WIDTHS.filter((w) => w < largest), largest],
    fallback: Math.min(FALLBACK_WIDTH, largest),
    name: (width, format) => `${IMAGES}/${stem}.${hash.slice(0, 10)}-${width}.${format}`,
    width: largest,
    height: Math.round((info.height * largest) / info.width),
  }
}

/** One plan per distinct image `src` in the content, in content order. */
function plans(content: Content): Map<string, Plan> {
  const publicDir = publicDirOf(content)
  const found = new Map<string, Plan>()
  for (const city of content.cities)
    for (const initiative of city.initiatives)
      for (const item of initiative.media ?? []) {
        if (item.type !== 'image' || found.has(item.src)) continue
        const planned = plan(publicDir, item.src)
        if (planned) found.set(item.src, planned)
      }
  return found
}

/**
 * The placeholders, made in a child process: the compile step is synchronous (the catalogue
 * is compiled before the generators run) and sharp only has asynchronous calls.
 * One process for all images; each result is a data URI, or null when the file cannot be read.
 */
const PLACEHOLDER_SCRIPT = `
import { readFileSync } from 'node:fs'
const { sharp: from, files } = JSON.parse(readFileSync(0, 'utf8'))
const sharp = (await import(from)).default
const out = []
for (const file of files) {
  try {
    const data = await sharp(file).rotate().resize({ width: 16 }).webp({ quality: 40 }).toBuffer()
    out.push('data:image/webp;base64,' + data.toString('base64'))
  } catch {
    out.push(null)
  }
}
process.stdout.write(JSON.stringify(out))
`
const placeholderCache = new Map<string, string | null>()

function placeholders(planned: Plan[]): (string | null)[] {
  const missing = planned.filter((p) => !placeholderCache.has(p.hash))
  if (missing.length) {
    const sharpEntry = pathToFileURL(createRequire(import.meta.url).resolve('sharp')).href
    const output = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', PLACEHOLDER_SCRIPT],
      {
        input: JSON.stringify({ sharp: sharpEntry, files: missing.map((p) => p.path) }),
        encoding: 'utf8',
      },
    )
    const made = JSON.parse(output) as (string | null)[]
    missing.forEach((p, i) => placeholderCache.set(p.hash, made[i] ?? null))
  }
  return planned.map((p) => placeholderCache.get(p.hash) ?? null)
}

/** What the compiled city files say about each image: its versions and placeholder, by `src`. */
export function webImages(content: Content): Map<string, WebImage> {
  const planned = [...plans(content)]
  const previews = planned.length ? placeholders(planned.map(([, p]) => p)) : []
  const web = new Map<string, WebImage>()
  planned.forEach(([src, p], i) => {
    const placeholder = previews[i]
    if (!placeholder) return
    web.set(src, {
      avif: p.widths.map((width) => ({ src: p.name(width, 'avif'), width })),
      webp: p.widths.map((width) => ({ src: p.name(width, 'webp'), width })),
      fallback: p.name(p.fallback, 'jpg'),
      placeholder,
      width: p.width,
      height: p.height,
    })
  })
  return web
}

/** Encoded versions by name; names carry the source hash, so an entry never goes stale. */
const encoded = new Map<string, Uint8Array>()

async function encode(p: Plan): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>()
  const resized = (width: number) => sharp(p.path).rotate().resize({ width })
  const jobs: [string, () => Promise<Buffer>][] = p.widths.flatMap((width) => [
    [p.name(width, 'avif'), () => resized(width).avif({ quality: 50, effort: 4 }).toBuffer()],
    [p.name(width, 'webp'), () => resized(width).webp({ quality: 72 }).toBuffer()],
  ])
  jobs.push([
    p.name(p.fallback, 'jpg'),
    () =>
      resized(p.fallback)
        .flatten({ background: '#FFFDF9' })
        .jpeg({ quality: 78, mozjpeg: true })
        .toBuffer(),
  ])
  for (const [name, make] of jobs) {
    const bytes = encoded.get(name) ?? new Uint8Array(await make())
    encoded.set(name, bytes)
    out.set(name, bytes)
  }
  return out
}

/** Generator: the web versions of every curator photo (skipping a file sharp cannot read). */
export async function images(content: Content): Promise<Generated> {
  const files = new Map<string, Uint8Array>()
  for (const [src, p] of plans(content)) {
    try {
      for (const [name, bytes] of await encode(p)) files.set(name, bytes)
    } catch (error) {
      console.warn(
        `images: skipped public/${src}: ${error instanceof Error ? error.message : error}`,
      )
    }
  }
  return { files, head: [] }
}

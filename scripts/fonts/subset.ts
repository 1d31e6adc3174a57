/**
 * Cuts a font down to the characters given (harfbuzz through `subset-font`, offline) and
 * writes it as WOFF2 for the page (WOFF is kept as an option for tools that read no WOFF2).
 * Results are kept in memory and on disk under node_modules/.cache, keyed by the source file,
 * the characters and the format: the dev server regenerates on every content edit, and a
 * 10 MB CJK font takes seconds to cut and compress.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fontverter from 'fontverter'
import subsetFont from 'subset-font'

export type FontFormat = 'woff2' | 'woff'

const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/expo-fonts/', import.meta.url))
/** Bump when the way subsets are made changes, so old cached files are not reused. */
const CACHE_VERSION = 1

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

const sources = new Map<string, { bytes: Uint8Array; hash: string }>()
function source(path: string) {
  let known = sources.get(path)
  if (!known) {
    const bytes = readFileSync(path)
    known = { bytes, hash: sha(bytes) }
    sources.set(path, known)
  }
  return known
}

const memory = new Map<string, Promise<Uint8Array>>()

function cached(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  let result = memory.get(key)
  if (result) return result
  const file = join(CACHE_DIR, key)
  result = (async () => {
    try {
      return new Uint8Array(readFileSync(file))
    } catch {
      const bytes = await make()
      try {
        mkdirSync(CACHE_DIR, { recursive: true })
        // Write then rename, so a build running beside a test never reads half a file.
        writeFileSync(`${file}.${process.pid}.tmp`, bytes)
        renameSync(`${file}.${process.pid}.tmp`, file)
      } catch {
        // A read-only node_modules only costs the time of the next cut.
      }
      return bytes
    }
  })()
  memory.set(key, result)
  // A failure must not stick: the next call tries again.
  result.catch(() => memory.delete(key))
  return result
}

/** `chars`: the characters to keep (order and duplicates do not matter). */
export function subset(path: string, chars: string, format: FontFormat): Promise<Uint8Array> {
  const text = [...new Set(chars)].sort().join('')
  const { bytes, hash } = source(path)
  const base = sha(`${CACHE_VERSION}\n${hash}\n${text}`).slice(0, 32)
  const sfnt = () =>
    cached(`${base}.ttf`, async () => subsetFont(bytes, text, { targetFormat: 'truetype' }))
  return cached(
    `${base}.${format}`,
    async () => new Uint8Array(await fontverter.convert(await sfnt(), format)),
  )
}

export const contentHash = (data: Uint8Array): string => sha(data).slice(0, 10)

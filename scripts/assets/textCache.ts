/**
 * Generated text files (posters) kept by a hash of what they are drawn from, in memory and on
 * disk under node_modules/.cache: a dev-server rebuild after an edit redraws only the posters
 * whose exhibit changed, and a second `npm run build` or `npm start` redraws none.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

// A path from a string, not `new URL`: the artwork test runs in jsdom, whose URL node refuses.
const HERE = dirname(fileURLToPath(import.meta.url))
const CACHE_ROOT = join(HERE, '..', '..', 'node_modules', '.cache')

export interface TextCache {
  /** The text made from `input` (any JSON value) by `make`, made at most once per input. */
  get(input: unknown, make: () => string): string
}

/**
 * `name`: the folder under node_modules/.cache; `sources`: the files that do the drawing (code,
 * fonts), hashed into every key, so that a change to the drawing never reuses an old file.
 */
export function textCache(name: string, sources: readonly string[]): TextCache {
  const dir = join(CACHE_ROOT, name)
  const drawing = createHash('sha256')
  for (const source of sources) drawing.update(readFileSync(source))
  const version = drawing.digest('hex')
  const memory = new Map<string, string>()
  let writable = true
  return {
    get(input, make) {
      const key = createHash('sha256')
        .update(`${version}\n${JSON.stringify(input)}`)
        .digest('hex')
        .slice(0, 32)
      const known = memory.get(key)
      if (known !== undefined) return known
      const file = join(dir, key)
      let text: string
      try {
        text = readFileSync(file, 'utf8')
      } catch {
        text = make()
        if (writable)
          try {
            mkdirSync(dir, { recursive: true })
            // Write then rename, so a build running beside another never reads half a file.
            writeFileSync(`${file}.${process.pid}.tmp`, text)
            renameSync(`${file}.${process.pid}.tmp`, file)
          } catch {
            // A read-only node_modules only costs drawing again next time.
            writable = false
          }
      }
      memory.set(key, text)
      return text
    },
  }
}

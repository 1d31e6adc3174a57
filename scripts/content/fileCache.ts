/**
 * What checking one content file found (its JSON, its problems, its validated data), kept by
 * the file's name and a hash of its bytes. The dev server checks the whole folder after every
 * save; with this, only the files whose bytes changed are parsed and validated again.
 * In memory only: a check is fast once, and a cache on disk could outlive a schema change.
 */
import { createHash } from 'node:crypto'

/** A short content hash of a file's bytes (sha256, 16 hex digits). */
export const bytesHash = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex').slice(0, 16)

const MAX_ENTRIES = 4096

export interface FileCache {
  /** The result for these bytes of this file under this schema, computed once. */
  get<T>(file: string, kind: object, bytes: Uint8Array, compute: () => T): T
  /** The hash of each file as last read: the dev server names the files a rebuild changed. */
  readonly hashes: ReadonlyMap<string, string>
}

export function createFileCache(): FileCache {
  const kinds = new WeakMap<object, number>()
  const entries = new Map<string, unknown>()
  const hashes = new Map<string, string>()
  let kindCount = 0
  const kindId = (kind: object) => {
    let id = kinds.get(kind)
    if (id === undefined) kinds.set(kind, (id = ++kindCount))
    return id
  }
  return {
    get<T>(file: string, kind: object, bytes: Uint8Array, compute: () => T): T {
      const hash = bytesHash(bytes)
      hashes.set(file, hash)
      const key = `${kindId(kind)}\n${file}\n${hash}`
      if (entries.has(key)) return entries.get(key) as T
      const value = compute()
      // Edits leave old versions behind: drop the oldest beyond a bound (a Map keeps order).
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string)
      entries.set(key, value)
      return value
    },
    hashes,
  }
}

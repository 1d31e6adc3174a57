/**
 * Files the build wrote and checked, recognised by their names. The compiler names each file
 * after the SHA-256 of its text (scripts/content/compile.ts), and writes only content that passed
 * every check (the same schemas as ./load, and the limits). A file whose text still has the
 * fingerprint of its name is exactly what the build checked: it is taken as it is, and the
 * first screen does not wait for the validator (zod and the schemas, ./load: 14 kB gzipped less).
 * Any other file (changed on the way, named by hand, a browser without Web Crypto, outside a
 * secure context) is checked item by item.
 * Not a security boundary, nor meant as one: the catalogue comes only from the site's own origin
 * (its address is in the page; the policy allows `connect-src 'self'`), like the code that reads
 * it, and whoever can change one can change the other.
 */
import type { CatalogueIndex, CompiledCity, IndexFile } from './compiled'
import type { Parsed } from './load'

const FINGERPRINT = /\.([0-9a-f]{10})\.json$/

/** The first ten hex digits of the SHA-256 of `text`, or null where Web Crypto is missing. */
export async function fingerprintOf(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return null
  try {
    const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text))
    return Array.from(new Uint8Array(digest, 0, 5), (byte) =>
      byte.toString(16).padStart(2, '0'),
    ).join('')
  } catch {
    return null
  }
}

/** Whether `text`, fetched from `url`, is byte for byte the file the build named so. */
export async function asBuilt(url: URL, text: string): Promise<boolean> {
  const named = FINGERPRINT.exec(url.pathname)?.[1]
  return named !== undefined && (await fingerprintOf(text)) === named
}

/** The index as the build wrote it, with no parts merged in yet (see ./parts). */
export function builtIndex(data: unknown): Parsed<CatalogueIndex> {
  return { ok: true, value: { ...(data as IndexFile), network: [] }, notices: [] }
}

export function builtCity(data: unknown): Parsed<CompiledCity> {
  return { ok: true, value: data as CompiledCity, notices: [] }
}

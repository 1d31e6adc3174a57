/**
 * Files derived from the content (posters, fonts, image variants), keyed by their path in the
 * site. The catalogue plugin serves them in the dev server and emits them in the build, so
 * nothing generated is written into public/. Each generator is a module of its own.
 */
import type { Content } from '../content/validate.ts'
import { fonts } from '../fonts/fonts.ts'
import { badges } from './badges.ts'
import { images } from './images.ts'
import { posters } from './posters.ts'

export interface Generated {
  /** Site path (relative, e.g. "assets/generated/posters/x.svg") → contents. */
  files: Map<string, string | Uint8Array>
  /** Elements to add to the <head> of each HTML page (e.g. @font-face rules). */
  head: { tag: string; attrs?: Record<string, string>; children?: string }[]
}

export type Generator = (content: Content) => Promise<Generated> | Generated

/** The generators, in order; add one line per new kind of derived file. */
const GENERATORS: Generator[] = [posters, fonts, badges, images]

export async function generateAssets(content: Content): Promise<Generated> {
  const all: Generated = { files: new Map(), head: [] }
  for (const generate of GENERATORS) {
    const { files, head } = await generate(content)
    for (const [path, data] of files) all.files.set(path, data)
    all.head.push(...head)
  }
  return all
}

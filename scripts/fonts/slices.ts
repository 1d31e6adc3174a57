/**
 * Frequency-ordered slices of a subset font, as the big font services cut CJK: the characters a
 * face keeps are ranked by how often the exhibition's texts use them and cut into a few files,
 * each declared with the `unicode-range` of exactly its characters. A page then fetches a slice
 * only when it shows one of that slice's characters: the frequent ones (small first slices that
 * almost every page needs) and only those rare ones that it really shows.
 * Pure functions, shared by the generator and its tests.
 */

/** A text with how much its characters count towards the ranking (1 unless said). */
export interface WeightedText {
  text: string
  weight?: number
}

/** How many times each of `points` occurs in `texts` (times the text's weight). */
export function frequencies(
  points: Iterable<number>,
  texts: Iterable<WeightedText>,
): Map<number, number> {
  const counts = new Map<number, number>()
  for (const code of points) counts.set(code, 0)
  for (const { text, weight = 1 } of texts)
    for (const char of text.normalize('NFC')) {
      const code = char.codePointAt(0) ?? 0
      const count = counts.get(code)
      if (count !== undefined) counts.set(code, count + weight)
    }
  return counts
}

/** What one page shows and how often it is seen, relative to the other pages. */
export interface PageTexts {
  /** A name for messages and tests ("home", a pavilion's id). */
  group: string
  weight: number
  texts: readonly string[]
}

/** What a file costs the visitor, in bytes: its own tables and headers, and each glyph in it. */
export interface SliceCosts {
  file: number
  glyph: number
}

export interface Slice {
  points: number[]
  /** Weighted page views that fetch this slice: the sum of the weights of the pages showing it. */
  views: number
}

/**
 * Cuts the code points into slices for the pages given: characters seen on the same pages go
 * together, so a page fetches few files and little it does not show. Greedy agglomeration:
 * start from one slice per set of pages (characters shown on exactly the same pages), then
 * repeatedly merge the two slices whose merging saves the most bytes over all page views (a file
 * fewer for the pages that show both, more glyphs for those that show one), until no merge saves.
 * Slices come out ordered by how often they are fetched (`views`, most first); characters that
 * no page shows (kept for Intl, say) make a last slice with 0 views.
 * `first`: the characters of the first screen every visit opens on, put in the first slice
 * whatever pages they share, so that screen's first paint needs one file, not the eight or nine
 * its few rarer characters would be spread over.
 */
export function clusterSlices(
  points: Iterable<number>,
  pages: readonly PageTexts[],
  costs: SliceCosts,
  first: ReadonlySet<number> = new Set(),
): Slice[] {
  const words = Math.max(1, Math.ceil(pages.length / 32))
  const seen = new Map<number, Uint32Array>()
  for (const code of points) seen.set(code, new Uint32Array(words))
  pages.forEach(({ texts }, page) => {
    for (const char of texts.join('\n').normalize('NFC')) {
      const bits = seen.get(char.codePointAt(0) ?? 0)
      if (bits) bits[page >>> 5] = (bits[page >>> 5] ?? 0) | (1 << (page & 31))
    }
  })
  // Most pages weigh 1; the views of a set of pages are its size plus the extra of the others.
  const heavy = pages.flatMap(({ weight }, page) =>
    weight === 1 ? [] : [{ page, extra: weight - 1 }],
  )
  const viewsOf = (bits: Uint32Array) => {
    let sum = 0
    for (let w = 0; w < words; w++) sum += popcount(bits[w] ?? 0)
    for (const { page, extra } of heavy)
      if ((bits[page >>> 5] ?? 0) & (1 << (page & 31))) sum += extra
    return sum
  }
  const byPages = new Map<string, { bits: Uint32Array; points: number[] }>()
  const unused: number[] = []
  const pinned = { bits: new Uint32Array(words), points: [] as number[] }
  for (const [code, bits] of [...seen].sort(([a], [b]) => a - b)) {
    if (first.has(code) && bits.some((word) => word !== 0)) {
      for (let w = 0; w < words; w++) pinned.bits[w] = (pinned.bits[w] ?? 0) | (bits[w] ?? 0)
      pinned.points.push(code)
      continue
    }
    if (bits.every((word) => word === 0)) {
      unused.push(code)
      continue
    }
    const key = bits.join(',')
    const same = byPages.get(key)
    if (same) same.points.push(code)
    else byPages.set(key, { bits, points: [code] })
  }
  const clusters = [...byPages.values()].map((c) => ({ ...c, views: viewsOf(c.bits) }))
  const cost = (views: number, size: number) => views * (costs.file + costs.glyph * size)
  const union = new Uint32Array(words)
  const saving = (i: number, j: number) => {
    const a = clusters[i]
    const b = clusters[j]
    if (!a || !b) return -Infinity
    for (let w = 0; w < words; w++) union[w] = (a.bits[w] ?? 0) | (b.bits[w] ?? 0)
    const size = a.points.length + b.points.length
    return (
      cost(a.views, a.points.length) + cost(b.views, b.points.length) - cost(viewsOf(union), size)
    )
  }
  const alive = clusters.map(() => true)
  const best = clusters.map(() => -1)
  const bestSaving = clusters.map(() => -Infinity)
  const refresh = (i: number) => {
    best[i] = -1
    bestSaving[i] = -Infinity
    for (let j = 0; j < clusters.length; j++) {
      if (j === i || !alive[j]) continue
      const s = saving(i, j)
      if (s > (bestSaving[i] ?? -Infinity)) {
        bestSaving[i] = s
        best[i] = j
      }
    }
  }
  clusters.forEach((_, i) => refresh(i))
  for (;;) {
    let i = -1
    for (let k = 0; k < clusters.length; k++)
      if (alive[k] && (i < 0 || (bestSaving[k] ?? 0) > (bestSaving[i] ?? 0))) i = k
    const j = best[i] ?? -1
    const a = clusters[i]
    const b = clusters[j]
    if (!a || !b || (bestSaving[i] ?? 0) <= 0) break
    for (let w = 0; w < words; w++) a.bits[w] = (a.bits[w] ?? 0) | (b.bits[w] ?? 0)
    a.points.push(...b.points)
    a.views = viewsOf(a.bits)
    alive[j] = false
    refresh(i)
    for (let k = 0; k < clusters.length; k++) {
      if (!alive[k] || k === i) continue
      // Only the pairs with i changed: k keeps its partner unless that partner was i or j and
      // the new pair with i saves less than before.
      const s = saving(k, i)
      if (best[k] === i || best[k] === j) {
        if (s >= (bestSaving[k] ?? -Infinity) && best[k] === i) bestSaving[k] = s
        else refresh(k)
      } else if (s > (bestSaving[k] ?? -Infinity)) {
        bestSaving[k] = s
        best[k] = i
      }
    }
  }
  const kept = clusters
    .filter((_, i) => alive[i])
    .sort((x, y) => y.views - x.views || (x.points[0] ?? 0) - (y.points[0] ?? 0))
  // The first screen's characters join the most fetched slice (`first`, see the doc above).
  if (pinned.points.length > 0) {
    const top = kept[0] ?? { bits: new Uint32Array(words), points: [], views: 0 }
    for (let w = 0; w < words; w++) top.bits[w] = (top.bits[w] ?? 0) | (pinned.bits[w] ?? 0)
    top.points.push(...pinned.points)
    top.views = viewsOf(top.bits)
    if (kept.length === 0) kept.push(top)
  }
  const slices = kept.map(({ points: list, views }) => ({
    points: list.sort((x, y) => x - y),
    views,
  }))
  if (unused.length > 0) slices.push({ points: unused, views: 0 })
  return slices
}

function popcount(word: number): number {
  let n = word - ((word >>> 1) & 0x55555555)
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333)
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

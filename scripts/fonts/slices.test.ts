/**
 * The slicing: on small hand-made pages (where the right answer can be worked out) and on the
 * real catalogue (every character of the texts in exactly one slice, slices ordered by how often
 * they are fetched, unicode-range strings that say exactly the slice).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { checkContent, type Content } from '../content/validate.ts'
import { arabicSlices, charsForScript, chineseSlices, FAMILIES, SLICE_COSTS } from './fonts.ts'
import { firstScreenOf, pagesOf } from './pages.ts'
import { codePointsOf, parseUnicodeRange, toUnicodeRange } from './ranges.ts'
import { clusterSlices, frequencies, type PageTexts, type Slice } from './slices.ts'
import { collectTexts, type Text } from './texts.ts'
import { readFileSync } from 'node:fs'

const codes = (text: string) => [...codePointsOf([text])].sort((a, b) => a - b)
const page = (group: string, text: string, weight = 1): PageTexts => ({
  group,
  weight,
  texts: [text],
})
/** Bytes over all page views: each page pays for every slice it shows a character of. */
const bytes = (slices: Slice[], pages: readonly PageTexts[]) =>
  pages.reduce((sum, p) => {
    const shown = new Set(codePointsOf(p.texts))
    return (
      sum +
      p.weight *
        slices
          .filter((s) => s.points.some((c) => shown.has(c)))
          .reduce((n, s) => n + SLICE_COSTS.file + SLICE_COSTS.glyph * s.points.length, 0)
    )
  }, 0)

describe('clusterSlices', () => {
  const pages = [
    page('home', '中文展览城市', 10),
    page('a', '中文克拉科夫'),
    page('a', '中文克拉科夫书店'),
    page('b', '中文博洛尼亚'),
  ]
  const points = codePointsOf(['中文展览城市克拉科夫书店博洛尼亚', '龍'])
  const slices = clusterSlices(points, pages, SLICE_COSTS)

  it('puts every code point in exactly one slice, unused ones last with no views', () => {
    const all = slices.flatMap((s) => s.points)
    expect(all.sort((a, b) => a - b)).toEqual([...points].sort((a, b) => a - b))
    expect(slices.at(-1)).toEqual({ points: codes('龍'), views: 0 })
  })

  it('keeps together the characters shown on exactly the same pages', () => {
    const sliceOf = (char: string) =>
      slices.findIndex((s) => s.points.includes(codes(char)[0] ?? 0))
    expect(sliceOf('中')).toBe(sliceOf('文'))
    expect(sliceOf('克')).toBe(sliceOf('夫'))
    expect(sliceOf('博')).toBe(sliceOf('亚'))
    // Shown on every page: a page that shows 博 must not also fetch 克拉科夫 for 中文.
    expect(sliceOf('中')).not.toBe(sliceOf('博'))
  })

  it('orders slices by their views: the weights of the pages that show one of their characters', () => {
    for (const slice of slices) {
      const shown = pages.filter((p) => slice.points.some((c) => codePointsOf(p.texts).has(c)))
      expect(slice.views).toBe(shown.reduce((sum, p) => sum + p.weight, 0))
    }
    const views = slices.map((s) => s.views)
    expect(views).toEqual([...views].sort((a, b) => b - a))
    expect(views[0]).toBe(13)
  })

  it('costs fewer bytes than one slice per set of pages, and than one file for all', () => {
    const perPageSet = [...new Set(codes('中文展览城市克拉科夫书店博洛尼亚'))].map((code) => ({
      points: [code],
      views: 0,
    }))
    const single = [{ points: [...points], views: 0 }]
    expect(bytes(slices, pages)).toBeLessThan(bytes(perPageSet, pages))
    expect(bytes(slices, pages)).toBeLessThan(bytes(single, pages))
  })

  it('merges everything when files are dear, and nothing shared when they are free', () => {
    const dear = clusterSlices(points, pages, { file: 1e9, glyph: 1 })
    expect(dear.filter((s) => s.views > 0)).toHaveLength(1)
    const free = clusterSlices(points, pages, { file: 0, glyph: 1 })
    expect(free.filter((s) => s.views > 0).length).toBeGreaterThanOrEqual(4)
  })

  it('is deterministic', () => {
    expect(clusterSlices(points, [...pages], SLICE_COSTS)).toEqual(slices)
  })
})

describe('clusterSlices with the first screen pinned', () => {
  const pages = [
    page('home', '中文展览', 10),
    page('a', '中文城市'),
    page('b', '中文书店'),
    page('c', '城市书店龍'),
  ]
  const points = codePointsOf(['中文展览城市书店龍', '尼'])

  it('puts the pinned characters in the first slice, the others as before, in view order', () => {
    const free = clusterSlices(points, pages, SLICE_COSTS)
    const pinned = clusterSlices(points, pages, SLICE_COSTS, new Set(codes('城龍')))
    expect(pinned[0]?.points).toEqual(
      [...(free[0]?.points ?? []), ...codes('城龍')].sort((a, b) => a - b),
    )
    expect(pinned.flatMap((s) => s.points).sort((a, b) => a - b)).toEqual(
      [...points].sort((a, b) => a - b),
    )
    const views = pinned.map((s) => s.views)
    expect(views).toEqual([...views].sort((a, b) => b - a))
    // A pinned character that no page shows stays with the unused ones.
    expect(clusterSlices(points, pages, SLICE_COSTS, new Set(codes('尼'))).at(-1)).toEqual({
      points: codes('尼'),
      views: 0,
    })
  })
})

describe('frequencies', () => {
  it('counts the occurrences of the points asked for, times the weight of their text', () => {
    const counts = frequencies(codes('بيت'), [{ text: 'بيت بيت' }, { text: 'تب', weight: 3 }])
    expect(Object.fromEntries(counts)).toEqual({
      [0x628]: 2 + 3,
      [0x64a]: 2,
      [0x62a]: 2 + 3,
    })
  })
})

describe('arabicSlices', () => {
  const texts: Text[] = [
    { lang: 'ar', text: 'مدينة مبدعة، مدينة الأدب. '.repeat(200) },
    { lang: 'ar', text: 'هل؟ ٢٠٢٠' },
  ]
  const [first = [], rare = []] = arabicSlices(texts)

  it('keeps every letter and mark in the first slice, so words join and marks attach', () => {
    for (const code of first.concat(rare))
      if (/[\p{L}\p{M}]/u.test(String.fromCodePoint(code))) expect(first).toContain(code)
    expect(first).toEqual(expect.arrayContaining(codes('هل')))
  })

  it('puts after them, by frequency, the signs used less than once per 1,000 characters', () => {
    const always = FAMILIES.ar.always ?? []
    expect(rare.sort((a, b) => a - b)).toEqual([...new Set([...codes('؟'), ...always])].sort())
    const counts = frequencies(first.concat(rare), texts)
    const total = [...counts.values()].reduce((sum, n) => sum + n, 0)
    for (const code of first)
      if (!/[\p{L}\p{M}]/u.test(String.fromCodePoint(code)))
        expect((counts.get(code) ?? 0) * 1000).toBeGreaterThanOrEqual(total)
    expect(first).toContain(codes('،')[0])
  })
})

describe('the slices of the real catalogue', () => {
  let content: Content
  let texts: Text[]
  let chinese: number[][]
  beforeAll(() => {
    const checked = checkContent('content')
    if (!checked.content) throw new Error('content/ has errors: run npm run content:check')
    content = checked.content
    texts = collectTexts(content)
    chinese = chineseSlices(content, texts)
  }, 120_000)

  it('Chinese: every character in exactly one slice, the most fetched slices first', () => {
    const slices = chinese
    const all = slices.flat()
    expect(new Set(all).size).toBe(all.length)
    expect(new Set(all)).toEqual(charsForScript('zh', texts))
    const pages = pagesOf(
      content,
      'zh',
      JSON.parse(readFileSync('src/i18n/locales/zh.json', 'utf8')) as Record<string, unknown>,
    )
    const shown = pages.map((p) => ({ weight: p.weight, points: codePointsOf(p.texts) }))
    const views = slices.map((points) =>
      shown
        .filter((p) => points.some((c) => p.points.has(c)))
        .reduce((sum, p) => sum + p.weight, 0),
    )
    expect(views).toEqual([...views].sort((a, b) => b - a))
    // The ground, every visit's first page, shows characters of only a few slices.
    const home = shown[0]?.points ?? new Set()
    const fetched = slices.filter((points) => points.some((c) => home.has(c)))
    expect(fetched.length).toBeLessThan(slices.length / 4)
  }, 30_000)

  it('Chinese: the first screen every visit opens on needs the first slice alone', () => {
    const strings = JSON.parse(readFileSync('src/i18n/locales/zh.json', 'utf8')) as Record<
      string,
      unknown
    >
    const first = codePointsOf(firstScreenOf(content, 'zh', strings))
    const needed = chinese.filter((points) => points.some((c) => first.has(c)))
    expect(needed).toEqual([chinese[0]])
  })

  it('Arabic: every character in exactly one slice', () => {
    const all = arabicSlices(texts).flat()
    expect(new Set(all).size).toBe(all.length)
    expect(new Set(all)).toEqual(charsForScript('ar', texts))
  })

  it('write each slice as a unicode-range that says exactly its characters', () => {
    for (const points of chinese) {
      const range = toUnicodeRange(points)
      expect(range).toMatch(/^U\+[0-9A-F]+(-[0-9A-F]+)?(,U\+[0-9A-F]+(-[0-9A-F]+)?)*$/)
      const listed = parseUnicodeRange(range).flatMap(([from, to]) =>
        Array.from({ length: to - from + 1 }, (_, i) => from + i),
      )
      expect(listed).toEqual([...points].sort((a, b) => a - b))
    }
  })
})

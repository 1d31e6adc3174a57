// @vitest-environment jsdom
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { SDG11_TARGETS } from '../../src/catalogue/vocabulary.ts'
import { SdgBadge } from '../../src/ui/SdgBadge.tsx'
import { checkContent, type Content } from '../content/validate.ts'
import { badges } from './badges.ts'
import { contrast, labelColours, posters } from './posters.ts'

/** Parses as XML (a mistake gives a <parsererror>) and returns the root element. */
function parseSvg(text: string): Element {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc.documentElement
}

/** Valid SVG with a viewBox, lettering only as outlines, nothing fetched from elsewhere. */
async function expectSelfContainedSvg(name: string, text: string) {
  const root = parseSvg(text)
  expect(root.tagName, name).toBe('svg')
  expect(root.getAttribute('viewBox'), name).toMatch(/^0 0 \d+ \d+$/)
  expect(root.getElementsByTagName('text'), name).toHaveLength(0)
  expect(text, name).not.toMatch(/href=|url\((?!#)/)
  const meta = await sharp(Buffer.from(text)).metadata()
  expect(meta.format, name).toBe('svg')
}

let content: Content
beforeAll(() => {
  const checked = checkContent('content')
  content = checked.content!
  expect(content).toBeDefined()
})

describe('SDG 11 badges', () => {
  it('draws one per target, named like ui/SdgBadge asks for them', async () => {
    const { files } = badges()
    expect([...files.keys()]).toEqual(
      ['1', '2', '3', '4', '5', '6', '7', 'a', 'b', 'c'].map(
        (t) => `assets/generated/badges/sdg-11-${t}.svg`,
      ),
    )
    for (const [name, text] of files) await expectSelfContainedSvg(name, text as string)
    for (const target of SDG11_TARGETS) {
      const html = renderToStaticMarkup(createElement(SdgBadge, { target }))
      const src = /src="([^"]+)"/.exec(html)?.[1]
      expect(files.has(src ?? ''), target).toBe(true)
      expect(html).toContain('alt=""')
    }
  })

  it('is deterministic', () => {
    expect(badges().files).toEqual(badges().files)
  })
})

describe('posters', () => {
  it('are valid, self-contained and deterministic', async () => {
    const first = posters(content).files
    expect(first.size).toBe(content.cities.reduce((n, c) => n + c.initiatives.length, 0))
    expect(posters(content).files).toEqual(first)
    for (const [name, text] of [...first].slice(0, 12))
      await expectSelfContainedSvg(name, text as string)
  })

  it('set SDG labels with at least 4.5:1 contrast on every field colour (ink on saffron)', () => {
    for (const { id, colour } of content.fields.fields) {
      const { fill, text } = labelColours(colour)
      expect(contrast(fill, text), id).toBeGreaterThanOrEqual(4.5)
    }
    expect(labelColours('#D99A00')).toEqual({ fill: '#D99A00', text: '#1B1B1F' })
  })
})

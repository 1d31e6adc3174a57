/**
 * Styles use logical properties only, so the Arabic interface mirrors by `dir="rtl"` alone:
 * no left/right in margins, paddings, borders, radii, positions, text-align, float or clear,
 * and no four-value shorthand whose right and left differ.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const PHYSICAL_PROPERTY =
  /^(?:(?:margin|padding|scroll-margin|scroll-padding)-(?:left|right)|border-(?:left|right)(?:-[a-z]+)?|border-(?:top|bottom)-(?:left|right)-radius|left|right)$/
const PHYSICAL_VALUE = /^(?:text-align|float|clear)$/
const BOX_SHORTHAND =
  /^(?:margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/

/** `file:line: property: value: why` for every physical direction in a stylesheet. */
function physicalDirections(css: string, file = 'style.css'): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
  const problems: string[] = []
  for (const block of text.matchAll(/\{([^{}]*)\}/g)) {
    let offset = (block.index ?? 0) + 1
    for (const declaration of (block[1] ?? '').split(';')) {
      const match = /^\s*([a-z-]+)\s*:\s*([\s\S]*?)\s*$/i.exec(declaration)
      const at = offset + declaration.search(/\S|$/)
      offset += declaration.length + 1
      if (!match) continue
      const property = (match[1] ?? '').toLowerCase()
      const value = (match[2] ?? '').replace(/\s*!important$/, '')
      const line = text.slice(0, at).split('\n').length
      const report = (why: string) =>
        problems.push(`${file}:${line}: ${property}: ${value}: ${why}`)
      const parts = value.split(/\s+(?![^(]*\))/)
      if (PHYSICAL_PROPERTY.test(property)) report('use the logical property (inline-start/end)')
      else if (PHYSICAL_VALUE.test(property) && /^(?:left|right)$/i.test(value))
        report('use start or end')
      else if (BOX_SHORTHAND.test(property) && parts.length === 4 && parts[1] !== parts[3])
        report('right and left differ: use the -inline-start/-inline-end properties')
      else if (property === 'border-radius' && !value.includes('/') && new Set(parts).size > 1)
        report('corners differ: use border-start-start-radius and the like')
    }
  }
  return problems
}

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => join(dir, file))
    .sort()
}

describe('physical directions in CSS', () => {
  it.each([
    ['.a { margin-left: 1rem }', 'margin-left: 1rem'],
    ['.a { padding-right: 2px; }', 'padding-right: 2px'],
    ['.a { border-left: 1px solid red }', 'border-left: 1px solid red'],
    ['.a { border-right-width: 1px }', 'border-right-width: 1px'],
    ['.a { border-top-left-radius: 4px }', 'border-top-left-radius: 4px'],
    ['.a { position: absolute; left: 0 }', 'left: 0'],
    ['.a {\n  right: 1em !important;\n}', 'right: 1em'],
    ['.a { text-align: left }', 'text-align: left'],
    ['.a { float: right }', 'float: right'],
    ['.a { margin: 0 1rem 0 2rem }', 'margin: 0 1rem 0 2rem'],
    ['.a { inset: 0 auto 0 0 }', 'inset: 0 auto 0 0'],
    ['.a { border-radius: 4px 0 0 4px }', 'border-radius: 4px 0 0 4px'],
    ['@media (min-width: 40em) { .a { margin-right: 0 } }', 'margin-right: 0'],
  ])('rejects %j', (css, what) => {
    const found = physicalDirections(css)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(what)
  })

  it.each([
    '.a { margin-inline-start: 1rem; padding-inline: 1rem 2rem }',
    '.a { inset-inline-start: 0; inset: 0 }',
    '.a { margin: 0 auto; padding: 1rem 2rem 3rem }',
    '.a { margin: 1px 2px 3px 2px }',
    '.a { text-align: start; float: inline-end; border-radius: 14px }',
    '.a { border-start-end-radius: 4px; border-inline-start: 1px solid }',
    '.a { transition: left 1s } /* margin-left: 1rem */',
    '.a:left { color: red } .right { color: blue }',
    '.a { background: url(left.svg) }',
  ])('accepts %j', (css) => {
    expect(physicalDirections(css)).toEqual([])
  })

  it('finds none in the stylesheets under src/', () => {
    const files = cssFiles('src')
    expect(files.length).toBeGreaterThan(0)
    expect(files.flatMap((file) => physicalDirections(readFileSync(file, 'utf8'), file))).toEqual(
      [],
    )
  })

  it('gives the line of each problem', () => {
    expect(physicalDirections('.a {\n  color: red;\n  left: 0;\n}', 'x.css')).toEqual([
      'x.css:3: left: 0: use the logical property (inline-start/end)',
    ])
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { svgMessages } from './svg-check.ts'

const svg = (inside: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${inside}</svg>`

describe('SVG files an exhibit may show', () => {
  it.each([
    ['the site’s favicon', readFileSync('public/assets/icons/favicon.svg', 'utf8')],
    ['shapes and text', svg('<rect width="4" height="4" fill="#fff"/><text>on stage</text>')],
    ['a local reference', svg('<use href="#a"/><use xlink:href="icons.svg#b"/>')],
    ['an inline raster', svg('<image href="data:image/png;base64,iVBORw0KGgo="/>')],
    ['a local gradient', svg('<rect fill="url(#g)" style="fill: url(#g)"/>')],
    ['style without outside references', svg('<style>.a { fill: url(#g) }</style>')],
    ['a comment that mentions a script', svg('<!-- <script>alert(1)</script> -->')],
    ['an XML declaration and a plain DOCTYPE', '<?xml version="1.0"?><!DOCTYPE svg>' + svg('')],
    ['attributes that only contain "on"', svg('<g data-on="1" font-size="2" opacity="1"/>')],
  ])('accepts %s', (_name, source) => expect(svgMessages(source)).toEqual([]))

  it.each([
    ['a script', svg('<script>alert(1)</script>'), 'has a <script> element'],
    ['a prefixed script', svg('<svg:script href="x.js"/>'), 'has a <script> element'],
    ['an upper-case script', svg('<SCRIPT>alert(1)</SCRIPT>'), 'has a <script> element'],
    ['an event handler', svg('', ' onload="alert(1)"'), 'has an event-handler attribute onload'],
    ['a handler after a slash', '<svg/onload=alert(1)>', 'has an event-handler attribute onload'],
    [
      'a handler in capitals',
      svg('<rect ONCLICK="x()"/>'),
      'has an event-handler attribute ONCLICK',
    ],
    [
      'an animated handler',
      svg('<set attributeName="onmouseover" to="alert(1)"/>'),
      'animates the event handler onmouseover',
    ],
    [
      'a foreignObject',
      svg('<foreignObject><iframe src="x"/></foreignObject>'),
      'has a <foreignObject> element (it can hold a web page)',
    ],
    ['a javascript: link', svg('<a href="javascript:alert(1)">x</a>'), 'has a javascript: address'],
    [
      'an encoded javascript: link',
      svg('<a xlink:href="&#106;ava&#x09;script:alert(1)">x</a>'),
      'has a javascript: address',
    ],
    [
      'an outside image',
      svg('<image href="https://tracker.example/p.png"/>'),
      'refers to https://tracker.example/p.png outside the site',
    ],
    [
      'an outside xlink:href',
      svg("<use xlink:href='http://evil.example/s.svg#x'/>"),
      'refers to http://evil.example/s.svg#x outside the site',
    ],
    [
      'a scheme-relative reference',
      svg('<image href=" //evil.example/p.png"/>'),
      'refers to //evil.example/p.png outside the site',
    ],
    [
      'an outside url() in an attribute',
      svg('<rect fill="url(https://evil.example/f.svg#g)"/>'),
      'refers to https://evil.example/f.svg#g outside the site',
    ],
    [
      'an outside url() in a style attribute',
      svg(`<rect style="fill: url('//evil.example/g')"/>`),
      'refers to //evil.example/g outside the site',
    ],
    [
      'an @import in a style element',
      svg('<style>@import "https://evil.example/a.css";</style>'),
      'refers to https://evil.example/a.css outside the site',
    ],
    [
      'an outside font in CDATA',
      svg('<style><![CDATA[@font-face { src: url(https://evil.example/f.woff) }]]></style>'),
      'refers to https://evil.example/f.woff outside the site',
    ],
    [
      'an entity declaration',
      '<!DOCTYPE svg [<!ENTITY a "aaaaaaaa">]>' + svg('<text>&a;</text>'),
      'declares entities in its DOCTYPE (they can grow without end)',
    ],
  ])('refuses %s, saying what and where', (_name, source, what) => {
    const [first, ...rest] = svgMessages(source)
    expect(first).toMatch(new RegExp(`^the SVG file ${escape(what)}, at line 1, column \\d+$`))
    expect(rest).toEqual([])
  })

  it('counts lines and columns as an editor does, and stops listing after five', () => {
    const source = '<svg>\n  <script>a()</script>\n' + '<g onclick="b()"/>\n'.repeat(9) + '</svg>'
    expect(svgMessages(source)).toEqual([
      'the SVG file has a <script> element, at line 2, column 3',
      'the SVG file has an event-handler attribute onclick, at line 3, column 4',
      'the SVG file has an event-handler attribute onclick, at line 4, column 4',
      'the SVG file has an event-handler attribute onclick, at line 5, column 4',
      'the SVG file has an event-handler attribute onclick, at line 6, column 4',
      'the SVG file has 5 more findings like these',
    ])
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * What in an SVG file could act when the file is opened from the site's origin (where it can
 * read and write the site's storage): scripts, event handlers, `<foreignObject>` (HTML inside),
 * `javascript:` addresses, references to other sites, entity declarations. The file is read as
 * markup (tags, attributes with their entities decoded, style text), not searched as plain text,
 * so `xmlns="http://…"` passes and `&#106;avascript:` does not. Refusing is simpler to trust
 * than sanitising, and a curator can clean the file in any editor.
 */
import { lineColumn } from './json-messages.ts'

export interface SvgFinding {
  /** Index in the source, for line and column. */
  at: number
  what: string
}

/** Findings reported per file; a hostile file could have thousands. */
const MAX_FINDINGS = 5

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const decode = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
    return code <= 0x10ffff ? String.fromCodePoint(code) : entity
  })
/** Browsers ignore these inside a URL scheme: "java\tscript:" is "javascript:". */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const squeeze = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
const isOutside = (address: string) => /^(?:https?:|\/\/|\\\\)/.test(squeeze(address))
/** `url(…)` and `@import` in style text that leave the site. */
const CSS_OUTSIDE = /(?:url\(\s*|@import\s+)(['"]?)\s*((?:https?:|\/\/)[^'")\s;]*)/gi

const local = (name: string) => (name.split(':').pop() ?? name).toLowerCase()
/** One attribute; a "/" between attributes counts as space, as HTML parsers take it. */
const ATTRIBUTE = /[\s/]*([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y

export function svgFindings(source: string): SvgFinding[] {
  const found: SvgFinding[] = []
  const add = (at: number, what: string) => found.push({ at, what })
  const css = (text: string, at: number) => {
    for (const match of text.matchAll(CSS_OUTSIDE))
      add(at + (match.index ?? 0), `refers to ${match[2]} outside the site`)
  }
  let inStyle = false
  let at = 0
  while (at < source.length) {
    const open = source.indexOf('<', at)
    if (inStyle) css(source.slice(at, open === -1 ? source.length : open), at)
    if (open === -1) break
    const skipTo = (end: string) => {
      const close = source.indexOf(end, open)
      return close === -1 ? source.length : close + end.length
    }
    if (source.startsWith('<!--', open)) at = skipTo('-->')
    else if (source.startsWith('<![CDATA[', open)) {
      at = skipTo(']]>')
      if (inStyle) css(source.slice(open, at), open)
    } else if (source.startsWith('<!', open)) {
      // A DOCTYPE, with its internal subset in brackets.
      const end = source.indexOf(source.indexOf('[', open) !== -1 ? ']>' : '>', open)
      at = end === -1 ? source.length : end + 1
      if (/<!ENTITY/i.test(source.slice(open, at)))
        add(open, 'declares entities in its DOCTYPE (they can grow without end)')
    } else if (source.startsWith('<?', open)) at = skipTo('?>')
    else if (source[open + 1] === '/') {
      at = skipTo('>')
      if (local(source.slice(open + 2, at - 1).trim()) === 'style') inStyle = false
    } else at = element(open)
  }
  return found

  /** Reads one start tag at `open`; returns where it ends. */
  function element(open: number): number {
    const name = /^<([^\s/>]+)/.exec(source.slice(open, open + 200))?.[1] ?? ''
    const tag = local(name)
    if (tag === 'script') add(open, 'has a <script> element')
    if (tag === 'foreignobject') add(open, 'has a <foreignObject> element (it can hold a web page)')
    let at = open + 1 + name.length
    for (;;) {
      ATTRIBUTE.lastIndex = at
      const match = ATTRIBUTE.exec(source)
      if (!match) break
      const [, attribute = '', double, single, bare] = match
      const value = decode(double ?? single ?? bare ?? '')
      const where = at + match[0].indexOf(attribute)
      const key = local(attribute)
      at = ATTRIBUTE.lastIndex
      if (key.startsWith('on')) add(where, `has an event-handler attribute ${attribute}`)
      else if (key === 'attributename' && squeeze(value).startsWith('on'))
        add(where, `animates the event handler ${value}`)
      if (squeeze(value).includes('javascript:')) add(where, 'has a javascript: address')
      else if ((key === 'href' || key === 'src') && isOutside(value))
        add(where, `refers to ${value.trim()} outside the site`)
      else css(value, where)
    }
    const end = source.indexOf('>', at)
    if (tag === 'style' && source[end - 1] !== '/') inStyle = true
    return end === -1 ? source.length : end + 1
  }
}

/** The findings as check messages, each with its place in the file; at most a few per file. */
export function svgMessages(source: string): string[] {
  const found = svgFindings(source)
  const shown = found
    .slice(0, MAX_FINDINGS)
    .map(({ at, what }) => `the SVG file ${what}, at ${lineColumn(source, at)}`)
  if (found.length > MAX_FINDINGS)
    shown.push(`the SVG file has ${found.length - MAX_FINDINGS} more findings like these`)
  return shown
}

/**
 * A strict JSON reader for content files. Unlike `JSON.parse` it says where every mistake is
 * (line and column as an editor counts them, never "at the end of the file"), reports a key given
 * twice in one object (`JSON.parse` silently keeps the last one), accepts a leading byte-order
 * mark (Windows editors write one), and refuses nesting deeper than `LIMITS.depth` instead of
 * overflowing the stack. The value it returns is what `JSON.parse` would return.
 */
import { LIMITS } from '../../src/catalogue/limits.ts'
import { toPointer } from '../../src/catalogue/issues.ts'
import { describeChar, lineColumn, valueMistake } from './json-messages.ts'

/** A key given twice: the file still parses (the last value wins), but the check refuses it. */
export interface DuplicateKey {
  pointer: string
  message: string
}

export type JsonResult =
  { ok: true; value: unknown; duplicates: DuplicateKey[] } | { ok: false; message: string }

class Mistake extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message)
  }
}

/** A run of characters that need no attention inside a string (most of any string). */
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings: the run stops at one.
const PLAIN = /[^"\\\u0000-\u001f]+/y
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
}

/** Reads a file's bytes as UTF-8 JSON; a file in another encoding is named as such. */
export function parseJsonBytes(bytes: Uint8Array): JsonResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: false, message: 'the file is saved as UTF-16: save it as UTF-8' }
  // TextDecoder drops a leading byte-order mark, as it should.
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes)
    const where = lineColumn(lossy, lossy.indexOf('\uFFFD'))
    return {
      ok: false,
      message: `the file is not UTF-8 text (the first wrong byte is at ${where}): save it as UTF-8`,
    }
  }
  return parseJson(text)
}

export function parseJson(input: string): JsonResult {
  // The mark is not part of the text: strip it, so columns on the first line match the editor's.
  const source = input.startsWith('\uFEFF') ? input.slice(1) : input
  const duplicates: DuplicateKey[] = []
  const path: (string | number)[] = []
  let at = 0

  const fail = (message: string, where = at): never => {
    throw new Mistake(where, message)
  }
  const got = () => describeChar(source, at)
  const skipSpace = () => {
    while (at < source.length && ' \t\n\r'.includes(source[at] ?? '')) at++
  }
  const expect = (char: string, message: string) => {
    skipSpace()
    if (source[at] !== char) fail(`${message}, got ${got()}`)
    at++
  }

  function string(): string {
    const start = at++
    let text = ''
    for (;;) {
      const char = source[at]
      if (char === undefined) return fail('a string is not closed: a " is missing', start)
      if (char === '"') break
      if (char < ' ') fail(`${describeChar(source, at)} inside a string: write it as an escape`)
      if (char === '\\') {
        const escape = source[at + 1] ?? ''
        if (escape === 'u') {
          const hex = source.slice(at + 2, at + 6)
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('"\\u" must be followed by four hex digits')
          text += String.fromCharCode(parseInt(hex, 16))
          at += 6
        } else {
          const decoded = ESCAPES[escape]
          if (decoded === undefined) fail(`"\\${escape}" is not an escape JSON knows`)
          text += decoded
          at += 2
        }
      } else {
        PLAIN.lastIndex = at
        const run = PLAIN.exec(source)?.[0] ?? char
        text += run
        at += run.length
      }
    }
    at++
    return text
  }

  function value(depth: number): unknown {
    skipSpace()
    const char = source[at]
    if (char === '{' || char === '[') {
      if (depth >= LIMITS.depth)
        fail(`objects and lists are nested deeper than ${LIMITS.depth} levels`)
      return char === '{' ? object(depth + 1) : list(depth + 1)
    }
    if (char === '"') return string()
    for (const [word, result] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const)
      if (source.startsWith(word, at)) {
        at += word.length
        return result
      }
    NUMBER.lastIndex = at
    const number = NUMBER.exec(source)
    if (number && !/[\w.+-]/.test(source[at + number[0].length] ?? '')) {
      at += number[0].length
      return Number(number[0])
    }
    return fail(valueMistake(source, at))
  }

  function object(depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {}
    const seen = new Map<string, number>()
    at++
    skipSpace()
    if (source[at] === '}') {
      at++
      return result
    }
    for (;;) {
      skipSpace()
      if (source[at] !== '"')
        fail(
          source[at] === '}'
            ? 'a comma before "}" is not allowed: remove the last comma'
            : `expected a property name in double quotes, got ${got()}`,
        )
      const keyAt = at
      const key = string()
      expect(':', 'expected ":" after the property name')
      path.push(key)
      const first = seen.get(key)
      if (first !== undefined)
        duplicates.push({
          pointer: toPointer(path),
          message: `"${key}" is given twice in this object, at ${lineColumn(source, first)} and ${lineColumn(source, keyAt)}: keep one`,
        })
      else seen.set(key, keyAt)
      // defineProperty, as JSON.parse does: a key "__proto__" stays a plain property.
      Object.defineProperty(result, key, {
        value: value(depth),
        enumerable: true,
        writable: true,
        configurable: true,
      })
      path.pop()
      skipSpace()
      const next = source[at++]
      if (next === '}') return result
      if (next !== ',')
        fail(
          `expected "," or "}" after a property's value, got ${describeChar(source, at - 1)}`,
          at - 1,
        )
    }
  }

  function list(depth: number): unknown[] {
    const result: unknown[] = []
    at++
    skipSpace()
    if (source[at] === ']') {
      at++
      return result
    }
    for (;;) {
      skipSpace()
      if (source[at] === ']') fail('a comma before "]" is not allowed: remove the last comma')
      path.push(result.length)
      result.push(value(depth))
      path.pop()
      skipSpace()
      const next = source[at++]
      if (next === ']') return result
      if (next !== ',')
        fail(`expected "," or "]" after a list item, got ${describeChar(source, at - 1)}`, at - 1)
    }
  }

  try {
    const result = value(0)
    skipSpace()
    if (at < source.length) fail(`unexpected ${got()} after the end of the JSON value`)
    return { ok: true, value: result, duplicates }
  } catch (error) {
    if (!(error instanceof Mistake)) throw error
    return {
      ok: false,
      message: `JSON syntax error at ${lineColumn(source, error.at)}: ${error.message}`,
    }
  }
}

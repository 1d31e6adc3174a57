import { describe, expect, it } from 'vitest'
import { parseJson, parseJsonBytes } from './json.ts'

const message = (source: string) => {
  const result = parseJson(source)
  return result.ok ? 'parsed' : result.message
}
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

describe('the content JSON reader', () => {
  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e3, 0, 0.25, true, false, null, "x"]} \n',
    '{"s": "\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83c\\udfa8 ok"}',
    '{"ar": "\u200eنص", "zh": "音乐之都"}',
    '{"__proto__": {"polluted": true}, "constructor": 1}',
    '{"2": "b", "1": "a", "z": 0}',
    '"just text"',
    '1E+2',
    nested(64),
  ])('reads %j exactly as JSON.parse does', (source) => {
    const result = parseJson(source)
    expect(result).toEqual({ ok: true, value: JSON.parse(source), duplicates: [] })
    if (result.ok)
      expect(Object.keys(result.value ?? {})).toEqual(Object.keys(JSON.parse(source) ?? {}))
  })

  it('keeps "__proto__" a plain property, as JSON.parse does', () => {
    const result = parseJson('{"__proto__": {"polluted": true}}')
    expect(result.ok && Object.getPrototypeOf(result.value)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('accepts a UTF-8 byte-order mark and counts columns after it', () => {
    expect(parseJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 }, duplicates: [] })
    expect(message('\uFEFF{"a": NaN}')).toBe(
      'JSON syntax error at line 1, column 7: NaN is not a JSON number: write a number, or null',
    )
  })

  it.each([
    ['{"a": NaN}', 'line 1, column 7: NaN is not a JSON number: write a number, or null'],
    [
      '{\n  "a": Infinity\n}',
      'line 2, column 8: Infinity is not a JSON number: write a number, or null',
    ],
    [
      '[1,\r\n -Infinity]',
      'line 2, column 2: -Infinity is not a JSON number: write a number, or null',
    ],
    [
      '{"a": undefined}',
      'line 1, column 7: undefined is not JSON: leave the property out, or write null',
    ],
    ['{"a": yes}', 'line 1, column 7: "yes" is not a JSON value: text must be in double quotes'],
    ["{'a': 1}", 'line 1, column 2: expected a property name in double quotes, got "\'"'],
    ['{"a": \'b\'}', 'line 1, column 7: text must be in double quotes, not single quotes'],
    ['{"a": 1,\n}', 'line 2, column 1: a comma before "}" is not allowed: remove the last comma'],
    ['[1, 2, ]', 'line 1, column 8: a comma before "]" is not allowed: remove the last comma'],
    [
      '{"a": 1 "b": 2}',
      'line 1, column 9: expected "," or "}" after a property\'s value, got "\\""',
    ],
    ['[1 2]', 'line 1, column 4: expected "," or "]" after a list item, got "2"'],
    ['{"a" 1}', 'line 1, column 6: expected ":" after the property name, got "1"'],
    ['{"a": 07}', 'line 1, column 7: "07" is not a JSON number'],
    ['{"a": .5}', 'line 1, column 7: ".5" is not a JSON number'],
    ['{"a": +1}', 'line 1, column 7: "+1" is not a JSON number'],
    ['{"a": 1.}', 'line 1, column 7: "1." is not a JSON number'],
    ['{"a": "b', 'line 1, column 7: a string is not closed: a " is missing'],
    [
      '{"a": "b\nc"}',
      'line 1, column 9: the invisible character U+000A inside a string: write it as an escape',
    ],
    ['{"a": "\\x"}', 'line 1, column 8: "\\x" is not an escape JSON knows'],
    ['{"a": "\\u12"}', 'line 1, column 8: "\\u" must be followed by four hex digits'],
    ['{"a": // note\n 1}', 'line 1, column 7: JSON has no comments'],
    ['{"a":\u00a01}', 'line 1, column 6: expected a value, got the invisible character U+00A0'],
    ['{"a": 1}}', 'line 1, column 9: unexpected "}" after the end of the JSON value'],
    [
      '{"a": 1',
      'line 1, column 8: expected "," or "}" after a property\'s value, got the end of the file',
    ],
    ['', 'line 1, column 1: the file ends where a value should be'],
    [nested(65), 'line 1, column 65: objects and lists are nested deeper than 64 levels'],
  ])('names the mistake in %j and where it is', (source, expected) => {
    expect(message(source)).toBe(`JSON syntax error at ${expected}`)
  })

  it('refuses nesting of any depth without overflowing the stack', () => {
    expect(message(nested(1_000_000))).toMatch(/column 65: objects and lists are nested deeper/)
    expect(message('{"a":'.repeat(100_000))).toMatch(/column 321: objects and lists are nested/)
  })

  it('reports a key given twice, with its pointer and both places, and keeps the last value', () => {
    const source = '{\n  "name": {"en": "A", "en": "B"},\n  "list": [{"id": 1,\n    "id": 2}]\n}'
    expect(parseJson(source)).toEqual({
      ok: true,
      value: JSON.parse(source),
      duplicates: [
        {
          pointer: '/name/en',
          message:
            '"en" is given twice in this object, at line 2, column 12 and line 2, column 23: keep one',
        },
        {
          pointer: '/list/0/id',
          message:
            '"id" is given twice in this object, at line 3, column 13 and line 4, column 5: keep one',
        },
      ],
    })
  })

  it('reads a long string quickly', () => {
    const started = performance.now()
    const result = parseJson(JSON.stringify({ title: 'x'.repeat(5_000_000) }))
    expect(result.ok).toBe(true)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('names a file that is not UTF-8', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])
    expect(parseJsonBytes(utf16)).toEqual({
      ok: false,
      message: 'the file is saved as UTF-16: save it as UTF-8',
    })
    const latin1 = new Uint8Array([...new TextEncoder().encode('{\n "a": "caf'), 0xe9, 0x22, 0x7d])
    expect(parseJsonBytes(latin1)).toEqual({
      ok: false,
      message:
        'the file is not UTF-8 text (the first wrong byte is at line 2, column 11): save it as UTF-8',
    })
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a": "é"}')])
    expect(parseJsonBytes(bom)).toEqual({ ok: true, value: { a: 'é' }, duplicates: [] })
  })
})

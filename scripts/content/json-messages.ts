/** The words of the JSON reader's messages: where a mistake is, and what it probably is. */

/** 1-based line and column, counted in characters as editors count them. */
export function lineColumn(source: string, position: number): string {
  const lineStart = position === 0 ? 0 : source.lastIndexOf('\n', position - 1) + 1
  let line = 1
  for (let i = source.indexOf('\n'); i !== -1 && i < position; i = source.indexOf('\n', i + 1))
    line++
  return `line ${line}, column ${position - lineStart + 1}`
}

/** One character as a curator can recognise it; invisible ones by their code point. */
export function describeChar(source: string, position: number): string {
  const code = source.codePointAt(position)
  if (code === undefined) return 'the end of the file'
  const visible = code > 0x20 && code !== 0x7f && !(code >= 0x80 && code <= 0xa0)
  const invisible = /[\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u.test(
    String.fromCodePoint(code),
  )
  return visible && !invisible
    ? JSON.stringify(String.fromCodePoint(code))
    : `the invisible character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/** Why no JSON value can start at `position`: the usual mistakes by name. */
export function valueMistake(source: string, position: number): string {
  const rest = source.slice(position, position + 12)
  const word = /^-?[A-Za-z_$][\w$]*/.exec(rest)?.[0]
  if (word === 'NaN' || word === 'Infinity' || word === '-Infinity')
    return `${word} is not a JSON number: write a number, or null`
  if (word === 'undefined') return 'undefined is not JSON: leave the property out, or write null'
  if (word) return `"${word}" is not a JSON value: text must be in double quotes`
  const char = source[position]
  if (char === undefined) return 'the file ends where a value should be'
  if (char === "'") return 'text must be in double quotes, not single quotes'
  if (char === '/') return 'JSON has no comments'
  if (char === '}' || char === ']') return `expected a value before "${char}"`
  if (/[-+.\d]/.test(char)) return `"${/^[-+.\w]+/.exec(rest)?.[0] ?? char}" is not a JSON number`
  return `expected a value, got ${describeChar(source, position)}`
}

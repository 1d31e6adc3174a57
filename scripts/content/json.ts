/** JSON reading that reports syntax errors as line:column, never as a stack trace. */

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string }

function lineColumn(source: string, position: number): string {
  const before = source.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}

export function parseJson(source: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(source) as unknown }
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error)
    // V8 says "... at position 42" (sometimes with "(line 3 column 5)"); keep the reason, add where.
    const match = /at position (\d+)/.exec(raw)
    const reason = raw
      .replace(/\s*in JSON at position \d+.*$/s, '')
      .replace(/\s*\(line \d+ column \d+\)/, '')
    const where = lineColumn(source, match ? Number(match[1]) : source.length)
    return { ok: false, message: `JSON syntax error at ${where}: ${reason}` }
  }
}

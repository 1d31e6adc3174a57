/**
 * Turns zod issues into what a curator can act on: a JSON pointer and a plain sentence.
 * Shared by the CLI check and the runtime notices, so both say the same thing.
 */
import type * as z from 'zod/mini'
import { CONTENT_LANGUAGES } from './vocabulary.ts'

export interface Problem {
  /** Path of the file relative to the content folder's parent, e.g. "content/cities/x.json". */
  file: string
  /** RFC 6901 JSON pointer into the file; "" is the whole document. */
  pointer: string
  message: string
  severity: 'error' | 'warning'
}

export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((part) => '/' + String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}

const NOUN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
}

/** One zod issue can name several places (unknown keys); each becomes its own line. */
export function explainIssue(issue: z.core.$ZodIssue): { pointer: string; message: string }[] {
  const at = toPointer(issue.path)
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        pointer: toPointer([...issue.path, key]),
        message: /^[a-z]{2}$/.test(key)
          ? `unknown property "${key}" (text is given in ${CONTENT_LANGUAGES.join(', ')})`
          : `unknown property "${key}"`,
      }))
    case 'invalid_type': {
      const expected = NOUN[issue.expected] ?? issue.expected
      if (issue.input === undefined)
        return [{ pointer: at, message: `required: expected ${expected}` }]
      return [{ pointer: at, message: `expected ${expected}, got ${describe(issue.input)}` }]
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v))
      const expected =
        values.length > 14
          ? 'an ISO 3166-1 alpha-2 country code such as "FR"'
          : values.length === 1
            ? values[0]
            : `one of ${values.join(', ')}`
      return [{ pointer: at, message: `expected ${expected}, got ${describe(issue.input)}` }]
    }
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue) {
        const options = (issue.options ?? []).map((o) => JSON.stringify(o)).join(', ')
        return [{ pointer: `${at}/${issue.discriminator}`, message: `expected one of ${options}` }]
      }
      return [{ pointer: at, message: issue.message }]
    case 'too_big':
    case 'too_small': {
      const limit = issue.code === 'too_big' ? issue.maximum : issue.minimum
      const bound = issue.code === 'too_big' ? 'at most' : 'at least'
      if (issue.origin === 'number' || issue.origin === 'int')
        return [
          {
            pointer: at,
            message: `must be ${bound} ${String(limit)}, got ${describe(issue.input)}`,
          },
        ]
      return [{ pointer: at, message: issue.message }]
    }
    default:
      return [{ pointer: at, message: issue.message }]
  }
}

export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : ''
  return `${problem.file}: ${problem.pointer || '/'}: ${prefix}${problem.message}`
}

/**
 * Rules for the strings that become addresses, file names and map keys (ids, https URLs), and
 * the invisible characters that can disguise text. Pure: the schema (CLI check and runtime) and
 * the content check's text scan share them.
 */
import { LIMITS } from './limits.ts'

/**
 * Names every JavaScript object already has. A city id `constructor` once blanked the page (a
 * plain object used as a map); the runtime keeps ids in Maps now, and the check still refuses
 * these, for any code that forgets.
 */
export const BUILT_IN_NAMES: ReadonlySet<string> = new Set([
  'constructor',
  'prototype',
  '__proto__',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
])

const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*'
/** Only the built-in names that are kebab-case need saying in the pattern; the rest fail it anyway. */
const KEBAB_BUILT_INS = [...BUILT_IN_NAMES].filter((name) => new RegExp(`^${KEBAB}$`).test(name))
/** Kebab-case and not a built-in name: what editors check as the curator types. */
export const ID_PATTERN = new RegExp(`^(?!(?:${KEBAB_BUILT_INS.join('|')})$)${KEBAB}$`)
export const ID_MESSAGE = 'must be kebab-case: lower-case letters, digits and single hyphens'

/**
 * Characters no address may contain: spaces, control characters (C0, DEL, C1), and the
 * invisible ones that can make an address look like another (zero-width, direction marks and
 * bidi controls, word joiners, the byte-order mark). As a regex character class body.
 */
const UNSAFE_IN_URL =
  '\\s\\u0000-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff'
/** An https address with a host and no user name: the editors' view of `httpsUrlProblem`. */
export const HTTPS_PATTERN = new RegExp(
  `^https://[^${UNSAFE_IN_URL}/?#@]+(?:[/?#][^${UNSAFE_IN_URL}]*)?$`,
)
export const HTTPS_MESSAGE =
  'must be an https:// address, with no spaces, user name, password or invisible characters'

/** What is wrong with an address, in a few words; undefined when it is a fine https URL. */
export function httpsUrlProblem(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f-\u009f]/.test(value)) return 'must not contain control characters'
  if (/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/.test(value))
    return 'must not contain invisible characters (direction marks, zero-width spaces)'
  if (/\s/.test(value)) return 'must not contain spaces (write %20)'
  if (!value.startsWith('https://')) return 'must be an https:// address'
  if (value.length > LIMITS.url) return `must be at most ${LIMITS.url} characters`
  const authority = value.slice('https://'.length).split(/[/?#]/)[0] ?? ''
  if (authority === '') return 'must name a host after https://'
  if (authority.includes('@')) return 'must not contain a user name or password (user:pass@)'
  try {
    new URL(value)
  } catch {
    return 'is not a valid address'
  }
  return undefined
}

/**
 * Invisible characters that can disguise text: bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) reorder what a reader sees; zero-width space, non-joiner and
 * joiner and the byte-order mark (U+200B–U+200D, U+FEFF) split or join words unseen, so search
 * misses them. U+200E and U+200F (left-to-right and right-to-left marks) are not here: Arabic
 * text uses them legitimately.
 */
export const INVISIBLE_IN_TEXT = /[\u200b-\u200d\u202a-\u202e\u2066-\u2069\ufeff]/

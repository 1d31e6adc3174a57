/**
 * The parts the content schemas (./schema) are made of: limited text in six languages, ids,
 * https addresses, the closed vocabularies, each with its description for curators' editors.
 * Pure module: no React, three, zustand or i18next.
 */
import './zodConfig.ts'
import './zodMessages.ts'
import * as z from 'zod/mini'
import { LIMITS } from './limits.ts'
import {
  BUILT_IN_NAMES,
  HTTPS_MESSAGE,
  HTTPS_PATTERN,
  ID_MESSAGE,
  ID_PATTERN,
  httpsUrlProblem,
} from './rules.ts'
import { COUNTRIES, FIELDS, NETWORK_FIELDS, PRACTICES, SDG11_TARGETS } from './vocabulary.ts'
import { FIELD_NOTES, PRACTICE_NOTES, SDG11_NOTES } from './vocabularyNotes.ts'

/** A CLI message ("must be …", read after a pointer) as a sentence on its own, for editors. */
const sentence = (message: string) => `${message.charAt(0).toUpperCase()}${message.slice(1)}.`

/**
 * A copy of `schema` that carries `meta` for curators' editors (the JSON Schema export), as zod's
 * `.meta()` makes one: the copy keeps the original's metadata and overrides what `meta` names,
 * so one schema (an id, an address) can be described differently wherever it is used.
 */
export function withMeta<T extends z.ZodMiniType>(schema: T, meta: z.core.GlobalMeta): T {
  const copy = schema.clone()
  z.globalRegistry.add(copy, meta)
  return copy
}

/** A string that must match `pattern`: the CLI and the editors say the same thing. */
export const matching = (pattern: RegExp, message: string) =>
  withMeta(z.string().check(z.regex(pattern, { error: message })), {
    patternErrorMessage: sentence(message),
  })

/** Non-empty text of at most `max` characters. */
export const text = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, { error: 'must not be empty' }),
    z.maxLength(max, {
      error: (issue) =>
        `must be at most ${max} characters, got ${typeof issue.input === 'string' ? issue.input.length : '?'}`,
    }),
  )

const LANGUAGES = {
  en: 'English (required)',
  fr: 'French',
  zh: 'Chinese (simplified)',
  es: 'Spanish',
  ar: 'Arabic',
  ru: 'Russian',
} as const
const inLanguage = (max: number, language: keyof typeof LANGUAGES) =>
  withMeta(text(max), { description: `${LANGUAGES[language]}, at most ${max} characters.` })

/** Text in the six UN languages, each at most `max` characters; `en` is required. */
export const localizedText = (max: number) =>
  withMeta(
    z.strictObject({
      en: inLanguage(max, 'en'),
      fr: z.optional(inLanguage(max, 'fr')),
      zh: z.optional(inLanguage(max, 'zh')),
      es: z.optional(inLanguage(max, 'es')),
      ar: z.optional(inLanguage(max, 'ar')),
      ru: z.optional(inLanguage(max, 'ru')),
    }),
    {
      description: `Text in English (required) and the other UN languages: fr, zh, es, ar, ru; at most ${max} characters each. A missing language shows the English text, marked.`,
    },
  )
/** Localized text with a description of its own, for a property. */
export const described = (max: number, description: string) =>
  withMeta(localizedText(max), {
    description: `${description} At most ${max} characters per language.`,
  })

export const localizedTextSchema = localizedText(LIMITS.introduction)
/** Taxonomy names: the same six languages. */
export const taxonomyTextSchema = localizedText(LIMITS.title)

export const idSchema = withMeta(
  z.string().check(
    z.refine((id: string) => !BUILT_IN_NAMES.has(id), {
      error: (issue) =>
        `"${String(issue.input)}" is a name every JavaScript object already has: choose another id`,
      abort: true,
    }),
    z.maxLength(LIMITS.id, { error: `must be at most ${LIMITS.id} characters`, abort: true }),
    z.regex(ID_PATTERN, { error: ID_MESSAGE }),
  ),
  {
    description: `A kebab-case identifier such as "krakow-literature", at most ${LIMITS.id} characters; not a built-in name such as "constructor".`,
    patternErrorMessage: sentence(
      `${ID_MESSAGE}; at most ${LIMITS.id} characters, and not a built-in name such as "constructor"`,
    ),
  },
)
/** An id with what it names; the rule stays in the description. */
export const idFor = (description: string) =>
  withMeta(idSchema, {
    description: `${description} Kebab-case (lower-case letters, digits, single hyphens), at most ${LIMITS.id} characters, not a built-in name such as "constructor".`,
  })

export const httpsUrlSchema = withMeta(
  z.string().check(
    z.refine((url: string) => httpsUrlProblem(url) === undefined, {
      // The one reason that applies, rather than a regular expression.
      error: (issue) => httpsUrlProblem(String(issue.input)),
      abort: true,
    }),
    z.regex(HTTPS_PATTERN, { error: 'must be an https:// address' }),
    z.maxLength(LIMITS.url),
  ),
  {
    description: `An https:// address, at most ${LIMITS.url} characters: no http:, data: or javascript:, no user name or password, no spaces or invisible characters.`,
    patternErrorMessage: sentence(HTTPS_MESSAGE),
  },
)
/** An https address with what it leads to; the rule stays in the description. */
export const httpsUrlFor = (description: string) =>
  withMeta(httpsUrlSchema, {
    description: `${description} https:// only, at most ${LIMITS.url} characters, no user name, password, spaces or invisible characters.`,
  })

const notes = <T extends string>(values: readonly T[], note: Record<T, string>) =>
  values.map((value) => note[value])
export const fieldIdSchema = withMeta(z.enum(FIELDS), {
  description: 'One of the seven creative fields of the network in 2020.',
  enumDescriptions: notes(FIELDS, FIELD_NOTES),
})
export const networkFieldSchema = withMeta(z.enum(NETWORK_FIELDS), {
  description: 'A creative field of the network, including those added after 2020.',
  enumDescriptions: notes(NETWORK_FIELDS, FIELD_NOTES),
})
export const sdg11Schema = withMeta(z.enum(SDG11_TARGETS), {
  description: 'A target of Sustainable Development Goal 11 (content/sdg11.json).',
  enumDescriptions: notes(SDG11_TARGETS, SDG11_NOTES),
})
export const practiceSchema = withMeta(z.enum(PRACTICES), {
  description: 'A kind of practice, for the filters.',
  enumDescriptions: notes(PRACTICES, PRACTICE_NOTES),
})
/** Country names for editors are added by the JSON Schema export (scripts/content/schemas.ts). */
export const countrySchema = withMeta(z.enum(COUNTRIES as [string, ...string[]]), {
  description: 'The city’s country: an ISO 3166-1 alpha-2 code, e.g. "PL".',
})

export const yearSchema = (description: string) =>
  withMeta(z.int().check(z.gte(2004), z.lte(2100)), {
    description: `${description} (2004 or later).`,
  })
export const schemaLink = withMeta(z.optional(z.string()), {
  description: 'The JSON Schema this file follows, for editors: leave as it is.',
})

export const locationSchema = withMeta(
  z.strictObject({
    lat: withMeta(z.number().check(z.gte(-90), z.lte(90)), {
      description: 'Latitude in degrees, north positive.',
    }),
    lon: withMeta(z.number().check(z.gte(-180), z.lte(180)), {
      description: 'Longitude in degrees, east positive.',
    }),
  }),
  { description: 'Where the city is, in degrees (WGS 84), for the world map.' },
)

/**
 * The schema of a city file (content/cities/<id>.json): the city, its exhibits, their media and
 * sources. Size limits come from ./limits and are stated in the descriptions.
 * Pure module: no React, three, zustand or i18next.
 */
import './zodConfig.ts'
import * as z from 'zod/mini'
import { LIMITS } from './limits.ts'
import {
  countrySchema,
  described,
  fieldIdSchema,
  httpsUrlFor,
  idFor,
  idSchema,
  localizedText,
  locationSchema,
  matching,
  practiceSchema,
  schemaLink,
  sdg11Schema,
  text,
  withMeta,
  yearSchema,
} from './schemaParts.ts'

/** A year, month or day, or an interval of two of them: 2020, 2020-04, 2020-04-01/2020-06. */
const PERIOD = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/
/** Curator images live under public/assets/; no segment starts with a dot, so no `..`. */
const ASSET = /^assets(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)+\.(?:png|jpe?g|webp|avif|svg)$/

const label = (description: string) =>
  withMeta(text(LIMITS.label), {
    description: `${description} At most ${LIMITS.label} characters.`,
  })

export const imageSchema = withMeta(
  z.strictObject({
    type: withMeta(z.literal('image'), { description: 'An image file under public/assets/.' }),
    src: withMeta(matching(ASSET, 'must be a path under public/, like "assets/photos/x.jpg"'), {
      description:
        'Path of the file under public/, like "assets/photos/x.jpg": JPEG or PNG at full size (the build makes the web versions), or WebP, AVIF or SVG (served as they are; an SVG may hold no script, event handler, foreignObject or outside reference).',
    }),
    alt: withMeta(localizedText(LIMITS.label), {
      description: `What the image shows, for readers who cannot see it. At most ${LIMITS.label} characters per language.`,
    }),
    credit: z.optional(label('Who made the image, shown below it.')),
    licence: z.optional(label('Its licence, e.g. "CC BY 4.0" or "© Owner, used with permission".')),
    illustration: withMeta(z.optional(z.boolean()), {
      description: 'true for artwork made for the exhibition (not a photograph)',
    }),
  }),
  { description: 'An image, shown below the text of the exhibit page.' },
)

export const videoSchema = withMeta(
  z.strictObject({
    type: withMeta(z.enum(['video', 'link']), {
      description: 'What the address leads to.',
      enumDescriptions: ['A video on another site.', 'Another page about the exhibit.'],
    }),
    url: httpsUrlFor('Where the video or page is.'),
    title: described(LIMITS.title, 'What the video or page is, as its link text.'),
  }),
  { description: 'A video or a page elsewhere, shown as a link on the exhibit page.' },
)

export const mediaSchema = z.discriminatedUnion('type', [imageSchema, videoSchema])

export const linkSchema = withMeta(
  z.strictObject({
    url: httpsUrlFor('Where the source is.'),
    label: label('The source as readers see it: publisher, title, date.'),
  }),
  { description: 'A source for the exhibit.' },
)

export const initiativeSchema = withMeta(
  z.strictObject({
    id: idFor('Unique in the whole catalogue; part of the address.'),
    title: described(LIMITS.title, 'The exhibit’s title.'),
    summary: described(LIMITS.summary, 'A paragraph: what was done, by whom, for whom.'),
    body: z.optional(described(LIMITS.body, 'Optional longer text for the exhibit page.')),
    sdg11: withMeta(
      z.array(sdg11Schema).check(z.minLength(1, { error: 'name at least one SDG 11 target' })),
      {
        description:
          'The SDG 11 targets the exhibit serves (at least one), by the rule in content/glossary.json.',
      },
    ),
    practices: withMeta(
      z
        .array(practiceSchema)
        .check(z.minLength(1, { error: 'name at least one kind of practice' })),
      { description: 'What kinds of practice the exhibit shows (at least one).' },
    ),
    period: withMeta(
      z.optional(
        matching(PERIOD, 'must be a year, month or day, or two joined by "/": 2020-04/2020-06'),
      ),
      {
        description:
          'When it happened: a year, month or day (2020, 2020-04, 2020-04-01), or two joined by "/" (2020-04/2020-06).',
      },
    ),
    otherCities: withMeta(z.optional(z.array(idSchema)), {
      description: 'Ids of other network cities involved (see content/network.json).',
    }),
    media: withMeta(z.optional(z.array(mediaSchema)), {
      description: 'Images, videos and pages shown with the exhibit.',
    }),
    links: withMeta(
      z.array(linkSchema).check(z.minLength(1, { error: 'name at least one source' })),
      {
        description: 'The sources (at least one), https:// only.',
      },
    ),
  }),
  { description: 'One exhibit: what a city did.' },
)

export const citySchema = withMeta(
  z.strictObject({
    $schema: schemaLink,
    id: idFor('The file’s name without .json, e.g. "krakow-literature".'),
    name: described(LIMITS.name, 'The city’s name.'),
    country: countrySchema,
    field: withMeta(fieldIdSchema, { description: 'The city’s creative field in 2020.' }),
    designated: yearSchema('The year the city joined the network'),
    location: locationSchema,
    introduction: described(LIMITS.introduction, 'A few sentences shown at the pavilion’s door.'),
    initiatives: withMeta(
      z.array(initiativeSchema).check(
        z.maxLength(LIMITS.initiativesPerCity, {
          error: (issue) =>
            `a pavilion shows at most ${LIMITS.initiativesPerCity} initiatives, got ${Array.isArray(issue.input) ? issue.input.length : '?'}`,
        }),
      ),
      {
        description: `The city’s exhibits, at most ${LIMITS.initiativesPerCity} (what a pavilion can show).`,
      },
    ),
  }),
  { description: 'One pavilion: a city of the network and its exhibits.' },
)

/**
 * The schema of a city file (content/cities/<id>.json): the city, its exhibits, their media and
 * sources. Size limits come from ./limits and are stated in the descriptions.
 * Pure module: no React, three, zustand or i18next.
 */
import './zodConfig'
import { z } from 'zod'
import { LIMITS } from './limits'
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
  yearSchema,
} from './schemaParts'

/** A year, month or day, or an interval of two of them: 2020, 2020-04, 2020-04-01/2020-06. */
const PERIOD = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/
/** Curator images live under public/assets/; no segment starts with a dot, so no `..`. */
const ASSET = /^assets(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)+\.(?:png|jpe?g|webp|avif|svg)$/

const label = (description: string) =>
  text(LIMITS.label).meta({ description: `${description} At most ${LIMITS.label} characters.` })

export const imageSchema = z
  .strictObject({
    type: z.literal('image').meta({ description: 'An image file under public/assets/.' }),
    src: matching(ASSET, 'must be a path under public/, like "assets/photos/x.jpg"').meta({
      description:
        'Path of the file under public/, like "assets/photos/x.jpg": JPEG or PNG at full size (the build makes the web versions), or WebP, AVIF or SVG (served as they are; an SVG may hold no script, event handler, foreignObject or outside reference).',
    }),
    alt: localizedText(LIMITS.label).meta({
      description: `What the image shows, for readers who cannot see it. At most ${LIMITS.label} characters per language.`,
    }),
    credit: label('Who made the image, shown below it.').optional(),
    licence: label('Its licence, e.g. "CC BY 4.0" or "© Owner, used with permission".').optional(),
    illustration: z
      .boolean()
      .optional()
      .meta({ description: 'true for artwork made for the exhibition (not a photograph)' }),
  })
  .meta({ description: 'An image, shown below the text of the exhibit page.' })

export const videoSchema = z
  .strictObject({
    type: z.enum(['video', 'link']).meta({
      description: 'What the address leads to.',
      enumDescriptions: ['A video on another site.', 'Another page about the exhibit.'],
    }),
    url: httpsUrlFor('Where the video or page is.'),
    title: described(LIMITS.title, 'What the video or page is, as its link text.'),
  })
  .meta({ description: 'A video or a page elsewhere, shown as a link on the exhibit page.' })

export const mediaSchema = z.discriminatedUnion('type', [imageSchema, videoSchema])

export const linkSchema = z
  .strictObject({
    url: httpsUrlFor('Where the source is.'),
    label: label('The source as readers see it: publisher, title, date.'),
  })
  .meta({ description: 'A source for the exhibit.' })

export const initiativeSchema = z
  .strictObject({
    id: idFor('Unique in the whole catalogue; part of the address.'),
    title: described(LIMITS.title, 'The exhibit’s title.'),
    summary: described(LIMITS.summary, 'A paragraph: what was done, by whom, for whom.'),
    body: described(LIMITS.body, 'Optional longer text for the exhibit page.').optional(),
    sdg11: z.array(sdg11Schema).min(1, { error: 'name at least one SDG 11 target' }).meta({
      description:
        'The SDG 11 targets the exhibit serves (at least one), by the rule in content/glossary.json.',
    }),
    practices: z
      .array(practiceSchema)
      .min(1, { error: 'name at least one kind of practice' })
      .meta({ description: 'What kinds of practice the exhibit shows (at least one).' }),
    period: matching(PERIOD, 'must be a year, month or day, or two joined by "/": 2020-04/2020-06')
      .optional()
      .meta({
        description:
          'When it happened: a year, month or day (2020, 2020-04, 2020-04-01), or two joined by "/" (2020-04/2020-06).',
      }),
    otherCities: z
      .array(idSchema)
      .optional()
      .meta({ description: 'Ids of other network cities involved (see content/network.json).' }),
    media: z
      .array(mediaSchema)
      .optional()
      .meta({ description: 'Images, videos and pages shown with the exhibit.' }),
    links: z.array(linkSchema).min(1, { error: 'name at least one source' }).meta({
      description: 'The sources (at least one), https:// only.',
    }),
  })
  .meta({ description: 'One exhibit: what a city did.' })

export const citySchema = z
  .strictObject({
    $schema: schemaLink,
    id: idFor('The file’s name without .json, e.g. "krakow-literature".'),
    name: described(LIMITS.name, 'The city’s name.'),
    country: countrySchema,
    field: fieldIdSchema.meta({ description: 'The city’s creative field in 2020.' }),
    designated: yearSchema('The year the city joined the network'),
    location: locationSchema,
    introduction: described(LIMITS.introduction, 'A few sentences shown at the pavilion’s door.'),
    initiatives: z
      .array(initiativeSchema)
      .max(LIMITS.initiativesPerCity, {
        error: (issue) =>
          `a pavilion shows at most ${LIMITS.initiativesPerCity} initiatives, got ${Array.isArray(issue.input) ? issue.input.length : '?'}`,
      })
      .meta({
        description: `The city’s exhibits, at most ${LIMITS.initiativesPerCity} (what a pavilion can show).`,
      }),
  })
  .meta({ description: 'One pavilion: a city of the network and its exhibits.' })

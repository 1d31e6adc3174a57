/**
 * The schemas of the catalogue's other files: exhibition.json (with its tours), fields.json,
 * sdg11.json and network.json. Size limits come from ./limits and are stated in the descriptions.
 * Pure module: no React, three, zustand or i18next.
 */
import './zodConfig'
import { z } from 'zod'
import { LIMITS } from './limits'
import {
  countrySchema,
  described,
  fieldIdSchema,
  idFor,
  locationSchema,
  matching,
  networkFieldSchema,
  schemaLink,
  sdg11Schema,
  taxonomyTextSchema,
  text,
  yearSchema,
} from './schemaParts'

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d+)?$/
const SITE = /^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/
const COLOUR = /^#[0-9A-Fa-f]{6}$/

export const tourSchema = z
  .strictObject({
    id: idFor('The tour’s id, part of its address.'),
    title: described(LIMITS.title, 'The tour’s title.'),
    description: described(LIMITS.introduction, 'What the tour shows.').optional(),
    stops: z
      .array(
        z
          .strictObject({
            city: idFor('The city visited: a file in content/cities/.'),
            initiative: idFor('An exhibit of that city to stop at (else its door).').optional(),
            narration: described(LIMITS.narration, 'What the guide says at this stop.'),
          })
          .meta({ description: 'One stop of the tour.' }),
      )
      .min(1, { error: 'a tour needs at least one stop' })
      .meta({ description: 'The stops, in order (at least one).' }),
  })
  .meta({ description: 'A guided tour through the exhibition.' })

export const exhibitionSchema = z
  .strictObject({
    $schema: schemaLink,
    title: described(LIMITS.title, 'The exhibition’s title.'),
    subtitle: described(LIMITS.title, 'A line under the title.'),
    introduction: described(LIMITS.introduction, 'The welcome text on the first page.'),
    credits: described(LIMITS.introduction, 'Who made the exhibition, translations, sources.'),
    site: z
      .strictObject({
        url: matching(SITE, 'must be the site’s address, like https://expo.example.org/').meta({
          description:
            'The public address of the site, used for absolute links in page metadata (canonical, Open Graph, sitemap). The environment variable EXPO_SITE_URL overrides it.',
        }),
      })
      .optional()
      .meta({ description: 'Where the site is published.' }),
    collectionNote: described(
      LIMITS.introduction,
      'Shown on the about page beside the charts: how the collection was gathered and where it is thin.',
    ).optional(),
    tours: z.array(tourSchema).meta({ description: 'The guided tours, in the order offered.' }),
    embed: z
      .strictObject({
        allowedOrigins: z
          .array(
            matching(ORIGIN, 'must be an origin like https://example.org').meta({
              description: 'A partner site’s origin: scheme, host and port, no path.',
            }),
          )
          .meta({ description: 'Parent pages allowed to drive the embed; empty allows any.' }),
      })
      .optional()
      .meta({ description: 'Settings for partner sites that embed the exhibition.' }),
  })
  .meta({ description: 'The exhibition as a whole: its texts, tours and settings.' })

export const fieldsSchema = z
  .strictObject({
    $schema: schemaLink,
    fields: z
      .array(
        z
          .strictObject({
            id: fieldIdSchema,
            name: taxonomyTextSchema.meta({ description: 'The field’s name, e.g. "Music".' }),
            cityTitle: taxonomyTextSchema.meta({
              description: 'The title of a city of this field, e.g. "UNESCO City of Music".',
            }),
            colour: matching(COLOUR, 'must be a colour like #C8553D').meta({
              description: 'The field’s colour on the ground, posters and charts, like #C8553D.',
            }),
          })
          .meta({ description: 'One creative field.' }),
      )
      .meta({ description: 'The seven creative fields.' }),
  })
  .meta({ description: 'The creative fields: names in six languages and colours.' })

export const sdg11FileSchema = z
  .strictObject({
    $schema: schemaLink,
    targets: z
      .array(
        z
          .strictObject({
            id: sdg11Schema,
            title: taxonomyTextSchema.meta({ description: 'The target’s short title.' }),
          })
          .meta({ description: 'One SDG 11 target.' }),
      )
      .meta({ description: 'The targets of Sustainable Development Goal 11.' }),
  })
  .meta({ description: 'SDG 11 targets: short titles in six languages.' })

export const networkSchema = z
  .strictObject({
    $schema: schemaLink,
    cities: z
      .array(
        z
          .strictObject({
            id: idFor('The city’s id, as its file in cities/ would be.'),
            name: text(LIMITS.name).meta({
              description: `The city’s name in English, at most ${LIMITS.name} characters.`,
            }),
            country: countrySchema,
            field: networkFieldSchema,
            designated: yearSchema('The year the city joined the network'),
            member2020: z.boolean().meta({
              description: 'true if the city was a member in 2020 (the exhibition’s year).',
            }),
            location: locationSchema,
            fieldChange: z
              .strictObject({
                field: networkFieldSchema,
                year: yearSchema('The year of the change'),
              })
              .optional()
              .meta({
                description:
                  'A later change of creative field: `field` is the city’s field in 2020 (the exhibition’s year), this is the one it moved to and when.',
              }),
          })
          .meta({ description: 'One member city.' }),
      )
      .meta({ description: 'Every member city of the network, with a pavilion or not.' }),
  })
  .meta({ description: 'The Creative Cities Network: every member city.' })

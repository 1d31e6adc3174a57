/**
 * The schemas of the catalogue's other files: exhibition.json (with its tours), fields.json,
 * sdg11.json and network.json. Size limits come from ./limits and are stated in the descriptions.
 * Pure module: no React, three, zustand or i18next.
 */
import './zodConfig.ts'
import * as z from 'zod/mini'
import { LIMITS } from './limits.ts'
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
  withMeta,
  yearSchema,
} from './schemaParts.ts'

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d+)?$/
const SITE = /^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/
const COLOUR = /^#[0-9A-Fa-f]{6}$/

export const tourSchema = withMeta(
  z.strictObject({
    id: idFor('The tour’s id, part of its address.'),
    title: described(LIMITS.title, 'The tour’s title.'),
    description: z.optional(described(LIMITS.introduction, 'What the tour shows.')),
    stops: withMeta(
      z
        .array(
          withMeta(
            z.strictObject({
              city: idFor('The city visited: a file in content/cities/.'),
              initiative: z.optional(idFor('An exhibit of that city to stop at (else its door).')),
              narration: described(LIMITS.narration, 'What the guide says at this stop.'),
            }),
            { description: 'One stop of the tour.' },
          ),
        )
        .check(z.minLength(1, { error: 'a tour needs at least one stop' })),
      { description: 'The stops, in order (at least one).' },
    ),
  }),
  { description: 'A guided tour through the exhibition.' },
)

export const exhibitionSchema = withMeta(
  z.strictObject({
    $schema: schemaLink,
    title: described(LIMITS.title, 'The exhibition’s title.'),
    subtitle: described(LIMITS.title, 'A line under the title.'),
    introduction: described(LIMITS.introduction, 'The welcome text on the first page.'),
    credits: described(LIMITS.introduction, 'Who made the exhibition, translations, sources.'),
    site: withMeta(
      z.optional(
        z.strictObject({
          url: withMeta(
            matching(SITE, 'must be the site’s address, like https://expo.example.org/'),
            {
              description:
                'The public address of the site, used for absolute links in page metadata (canonical, Open Graph, sitemap). The environment variable EXPO_SITE_URL overrides it.',
            },
          ),
        }),
      ),
      { description: 'Where the site is published.' },
    ),
    collectionNote: z.optional(
      described(
        LIMITS.introduction,
        'Shown on the about page beside the charts: how the collection was gathered and where it is thin.',
      ),
    ),
    tours: withMeta(z.array(tourSchema), {
      description: 'The guided tours, in the order offered.',
    }),
    embed: withMeta(
      z.optional(
        z.strictObject({
          allowedOrigins: withMeta(
            z.array(
              withMeta(matching(ORIGIN, 'must be an origin like https://example.org'), {
                description: 'A partner site’s origin: scheme, host and port, no path.',
              }),
            ),
            { description: 'Parent pages allowed to drive the embed; empty allows any.' },
          ),
        }),
      ),
      { description: 'Settings for partner sites that embed the exhibition.' },
    ),
  }),
  { description: 'The exhibition as a whole: its texts, tours and settings.' },
)

export const fieldsSchema = withMeta(
  z.strictObject({
    $schema: schemaLink,
    fields: withMeta(
      z.array(
        withMeta(
          z.strictObject({
            id: fieldIdSchema,
            name: withMeta(taxonomyTextSchema, { description: 'The field’s name, e.g. "Music".' }),
            cityTitle: withMeta(taxonomyTextSchema, {
              description: 'The title of a city of this field, e.g. "UNESCO City of Music".',
            }),
            colour: withMeta(matching(COLOUR, 'must be a colour like #C8553D'), {
              description: 'The field’s colour on the ground, posters and charts, like #C8553D.',
            }),
          }),
          { description: 'One creative field.' },
        ),
      ),
      { description: 'The seven creative fields.' },
    ),
  }),
  { description: 'The creative fields: names in six languages and colours.' },
)

export const sdg11FileSchema = withMeta(
  z.strictObject({
    $schema: schemaLink,
    targets: withMeta(
      z.array(
        withMeta(
          z.strictObject({
            id: sdg11Schema,
            title: withMeta(taxonomyTextSchema, { description: 'The target’s short title.' }),
          }),
          { description: 'One SDG 11 target.' },
        ),
      ),
      { description: 'The targets of Sustainable Development Goal 11.' },
    ),
  }),
  { description: 'SDG 11 targets: short titles in six languages.' },
)

export const networkSchema = withMeta(
  z.strictObject({
    $schema: schemaLink,
    cities: withMeta(
      z.array(
        withMeta(
          z.strictObject({
            id: idFor('The city’s id, as its file in cities/ would be.'),
            name: withMeta(text(LIMITS.name), {
              description: `The city’s name in English, at most ${LIMITS.name} characters.`,
            }),
            country: countrySchema,
            field: networkFieldSchema,
            designated: yearSchema('The year the city joined the network'),
            member2020: withMeta(z.boolean(), {
              description: 'true if the city was a member in 2020 (the exhibition’s year).',
            }),
            location: locationSchema,
            fieldChange: withMeta(
              z.optional(
                z.strictObject({
                  field: networkFieldSchema,
                  year: yearSchema('The year of the change'),
                }),
              ),
              {
                description:
                  'A later change of creative field: `field` is the city’s field in 2020 (the exhibition’s year), this is the one it moved to and when.',
              },
            ),
          }),
          { description: 'One member city.' },
        ),
      ),
      { description: 'Every member city of the network, with a pavilion or not.' },
    ),
  }),
  { description: 'The Creative Cities Network: every member city.' },
)

/**
 * English messages for the content schemas: `zod/mini` brings no locale of its own, and the CLI
 * and the runtime notices quote zod's wording where a schema gives none ("Invalid string: must
 * match pattern …"). Imported by ./schemaParts, not by ./zodConfig: the embed protocol, which the
 * partner page's script carries, reads no message and stays 1.2 kB gzipped lighter.
 */
import { config } from 'zod/v4/core'
import en from 'zod/v4/locales/en.js'

config(en())

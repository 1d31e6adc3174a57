/**
 * Imported first by every module that builds zod schemas. No code generation: zod otherwise
 * probes `new Function` (to compile fast parsers), which the site's CSP forbids; it must run before
 * the schemas are made, which read the setting once. English messages: `zod/mini` (what the site
 * ships) brings no locale of its own, and the CLI and the runtime notices quote zod's wording
 * where the schema gives none ("Invalid string: must match pattern …").
 */
import { config } from 'zod/v4/core'
import en from 'zod/v4/locales/en.js'

config({ jitless: true, ...en() })

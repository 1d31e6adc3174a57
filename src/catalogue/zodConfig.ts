/**
 * Imported first by every module that builds zod schemas: no code generation, since zod
 * otherwise probes `new Function` (to compile fast parsers), which the site's CSP forbids. It must
 * run before the schemas are made, which read the setting once.
 */
import { config } from 'zod/v4/core'

config({ jitless: true })

/**
 * Builds the site from a content folder into an output folder, with Vite's API (no shell).
 * Without the prerendered pages: generated catalogues of thousands of cities would make tens of
 * thousands of them, and what is measured here is the app.
 */
import { build } from 'vite'

export async function buildSite(contentDir: string, outDir: string): Promise<void> {
  const previous = process.env.EXPO_CONTENT_DIR
  const nodeEnv = process.env.NODE_ENV
  process.env.EXPO_CONTENT_DIR = contentDir
  process.env.EXPO_PRERENDER = 'none'
  // Vitest sets NODE_ENV to "test", which would give the build React's development code: what
  // is measured must be what ships.
  process.env.NODE_ENV = 'production'
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = nodeEnv
    delete process.env.EXPO_PRERENDER
    if (previous === undefined) delete process.env.EXPO_CONTENT_DIR
    else process.env.EXPO_CONTENT_DIR = previous
  }
}

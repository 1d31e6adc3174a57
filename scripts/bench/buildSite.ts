/**
 * Builds the site from a content folder into an output folder, with Vite's API (no shell).
 * Without the prerendered pages: generated catalogues of thousands of cities would make tens of
 * thousands of them, and what is measured here is the app.
 */
import { build } from 'vite'

export async function buildSite(contentDir: string, outDir: string): Promise<void> {
  const previous = process.env.EXPO_CONTENT_DIR
  process.env.EXPO_CONTENT_DIR = contentDir
  process.env.EXPO_PRERENDER = 'none'
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  } finally {
    delete process.env.EXPO_PRERENDER
    if (previous === undefined) delete process.env.EXPO_CONTENT_DIR
    else process.env.EXPO_CONTENT_DIR = previous
  }
}

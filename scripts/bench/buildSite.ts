/** Builds the site from a content folder into an output folder, with Vite's API (no shell). */
import { build } from 'vite'

export async function buildSite(contentDir: string, outDir: string): Promise<void> {
  const previous = process.env.EXPO_CONTENT_DIR
  process.env.EXPO_CONTENT_DIR = contentDir
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  } finally {
    if (previous === undefined) delete process.env.EXPO_CONTENT_DIR
    else process.env.EXPO_CONTENT_DIR = previous
  }
}

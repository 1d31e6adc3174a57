/**
 * Offline and installable (issue 11), the build's part: the manifest and its icons, then the
 * service worker, written at the end of the catalogue plugin's closeBundle (after the prerender).
 * `EXPO_OFFLINE=off` builds a site with neither; its pages then remove a worker that an earlier
 * deployment installed (src/app/serviceWorker.ts).
 */
import type { ResolvedConfig } from 'vite'
import { parseIndex } from '../../src/catalogue/load.ts'
import { localize } from '../../src/catalogue/localize.ts'
import type { Compiled } from '../content/compile.ts'
import { ICON_DIR, MANIFEST_FILE, writeManifest } from './manifest.ts'
import { SW_FILE, writeServiceWorker } from './serviceWorker.ts'

export function offlineEnabled(): boolean {
  return process.env.EXPO_OFFLINE !== 'off'
}

/** What every built page carries: the manifest, the touch icon, and where the worker is. */
export function offlineHead(): { tag: string; attrs: Record<string, string> }[] {
  return [
    { tag: 'link', attrs: { rel: 'manifest', href: MANIFEST_FILE } },
    { tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${ICON_DIR}/icon-192.png` } },
    { tag: 'meta', attrs: { name: 'expo-service-worker', content: SW_FILE } },
  ]
}

/** What the plugin needs of Vite's bundle items (chunks and assets). */
interface BundleItem {
  type: 'chunk' | 'asset'
  fileName: string
  facadeModuleId?: string | null
  isEntry?: boolean
  name?: string | undefined
}

/**
 * Chunks the worker does not install: the 3D scene (about 260 kB gzipped, and only for devices
 * that draw it; cached when it loads) and the embed's entry (embed.html registers no worker).
 */
export function skippedChunks(bundle: Record<string, BundleItem>): Set<string> {
  const skipped = new Set<string>()
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk') continue
    const scene = output.facadeModuleId?.replace(/\\/g, '/').includes('/src/scene/') ?? false
    if (scene || (output.isEntry && output.name === 'embed')) skipped.add(output.fileName)
  }
  return skipped
}

export async function writeOffline(
  compiled: Compiled,
  config: ResolvedConfig,
  outDir: string,
  skipChunks: ReadonlySet<string>,
): Promise<void> {
  const started = performance.now()
  const indexText = compiled.files.get(compiled.indexFile)
  const index = indexText === undefined ? undefined : parseIndex(JSON.parse(indexText))
  if (!index?.ok) throw new Error('offline: the compiled index does not parse')
  const { title, subtitle } = index.value.exhibition
  const name = localize(title, 'en').text
  const extra = await writeManifest(config.root, outDir, {
    name,
    // A home screen shows about 12 characters: the title's last two words ("Cities Expo").
    shortName: name.length <= 12 ? name : name.split(' ').slice(-2).join(' '),
    description: subtitle ? localize(subtitle, 'en').text : name,
  })
  const { count, size, warnings } = await writeServiceWorker({
    outDir,
    base: config.base,
    indexFile: `catalogue/${compiled.indexFile}`,
    skipChunks,
    // The exhibits' titles too (a part of the index): a pavilion never opened can list them offline.
    extra: [...extra, `${ICON_DIR}/favicon.svg`, `catalogue/${index.value.parts.titles}`],
  })
  for (const warning of warnings) config.logger.warn(`service worker: ${warning}`)
  config.logger.info(
    `service worker: ${count} files precached (${Math.round(size / 1024)} kB) in ${
      Math.round((performance.now() - started) / 100) / 10
    } s`,
  )
}

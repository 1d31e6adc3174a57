/**
 * Vite plugin: checks and compiles content/ into the catalogue files.
 * - build: fails with every problem listed when the content has an error; emits hashed files.
 * - dev: serves the compiled files from memory, recompiles on every change under content/,
 *   pushes the new catalogue to open pages, or the problems while keeping the last good one.
 */
import { readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite'
import type { CompiledCity } from '../src/catalogue/compiled.ts'
import { parseCity, parseIndex, withAllParts } from '../src/catalogue/load.ts'
import { UI_LANGUAGES, type UiLanguage } from '../src/catalogue/vocabulary.ts'
import type { PageInput } from '../src/prerender.tsx'
import { writeSite } from './prerender/site.ts'
import { regions } from './vite-plugin-regions.ts'
import { formatProblem } from '../src/catalogue/issues.ts'
import { generateAssets, type Generated } from './assets/generate.ts'
import { compile, type Compiled } from './content/compile.ts'
import { checkContent } from './content/validate.ts'
import { writeOffline, offlineHead, offlineEnabled, skippedChunks } from './offline/offline.ts'
import { createFileCache, type FileCache } from './content/fileCache.ts'

/**
 * The dev server's signal after each rebuild that follows an edit (also sent to open pages as
 * the HMR event `expo:recompiled`, and logged as `content: recompiled …`). `changed`: the
 * content files whose bytes differ from the previous signal's, by path, with their hash.
 */
export interface Recompiled {
  ok: boolean
  ms: number
  changed: Record<string, string>
  errors: string[]
}

/** Other plugins and tests reach it as `server.config.plugins` → `expo-catalogue` → `api`. */
export interface CatalogueApi {
  onRecompiled(listener: (event: Recompiled) => void): () => void
}

/** The files whose hash differs from what was last announced; updates `announced`. */
export function changedSince(
  announced: Map<string, string>,
  now: ReadonlyMap<string, string>,
): Record<string, string> {
  const changed: Record<string, string> = {}
  for (const [file, hash] of now)
    if (announced.get(file) !== hash) {
      changed[file] = hash
      announced.set(file, hash)
    }
  return changed
}

function describeRecompiled({ ok, ms, changed }: Recompiled): string {
  const files = Object.keys(changed).join(', ') || 'no file changed'
  const took = `${Math.round(ms)} ms`
  return ok
    ? `content: recompiled in ${took} (${files})`
    : `content: checked in ${took} (${files}); it has errors, keeping the last good catalogue:`
}

export const CATALOGUE_DIR = 'catalogue'

/** The site's Content-Security-Policy (SPEC: no inline script or style, nothing from elsewhere). */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'"

/** What `refuseMalformedAddress` needs of a response; Node's `ServerResponse` fits. */
interface PlainResponse {
  statusCode: number
  setHeader(name: string, value: string): unknown
  end(body: string): unknown
}

/**
 * Dev server: an address that does not decode (`/%E0%A4%A`, a stray `%`) gets a 400 and one
 * plain line. Without it, Vite's own handlers throw a URIError and answer with a stack trace
 * that shows absolute paths on this machine.
 */
export function refuseMalformedAddress(
  req: { url?: string },
  res: PlainResponse,
  next: () => void,
): void {
  try {
    decodeURI(req.url ?? '/')
  } catch {
    res.statusCode = 400
    res.setHeader('Content-Type', 'text/plain; charset=utf-8')
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.end('Bad request: this address is malformed (a "%" must be followed by two hex digits).\n')
    return
  }
  next()
}

interface Built extends Generated {
  compiled: Compiled
}

async function build(dir: string, cache?: FileCache): Promise<{ built?: Built; errors: string[] }> {
  try {
    const { problems, content } = checkContent(dir, cache ? { cache } : {})
    const errors = problems.filter((p) => p.severity === 'error').map(formatProblem)
    if (!content || errors.length) return { errors }
    const compiled = compile(content)
    const { files, head } = await generateAssets(content)
    for (const [name, text] of compiled.files) files.set(`${CATALOGUE_DIR}/${name}`, text)
    return { built: { compiled, files, head }, errors }
  } catch (error) {
    return {
      errors: [
        `${dir}: could not be read: ${error instanceof Error ? error.message : String(error)}`,
      ],
    }
  }
}

export function catalogue(contentDir = process.env.EXPO_CONTENT_DIR ?? 'content'): Plugin {
  const dir = resolve(contentDir)
  let good: Built | undefined
  let errors: string[] = []
  // Checked files by content hash: a rebuild parses and validates only what changed.
  const cache = createFileCache()
  const listeners = new Set<(event: Recompiled) => void>()
  const api: CatalogueApi = {
    onRecompiled(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }

  // Builds run one after another, in the order of the edits: an older, slower build can never
  // finish last and leave its stale result (errors, or an outdated catalogue) in place.
  let queue: Promise<unknown> = Promise.resolve()
  const refresh = () => {
    const run = queue.then(async () => {
      const result = await build(dir, cache)
      errors = result.errors
      if (result.built) good = result.built
      return result
    })
    queue = run.catch(() => undefined)
    return run
  }

  let config: ResolvedConfig | undefined
  /** Chunks the service worker does not precache (the 3D scene, the embed's entry). */
  let skipChunks = new Set<string>()

  return {
    name: 'expo-catalogue',
    api,
    configResolved(resolved) {
      config = resolved
    },
    writeBundle(_options, bundle) {
      skipChunks = skippedChunks(bundle)
    },
    async closeBundle() {
      // Prerendering (SPEC §6): every page of every language, after the bundle is written.
      if (!config || config.command !== 'build' || config.build.ssr || !good) return
      const outDir = resolve(config.root, config.build.outDir)
      await buildElement(config, outDir)
      if (process.env.EXPO_PRERENDER !== 'none') {
        const started = performance.now()
        const pages = await prerender(good, config, outDir)
        config.logger.info(
          `prerendered ${pages} pages in ${Math.round((performance.now() - started) / 100) / 10} s`,
        )
      }
      // Last: the worker precaches the language shells the prerender has just written.
      if (offlineEnabled()) await writeOffline(good.compiled, config, outDir, skipChunks)
    },
    async buildStart() {
      const result = await refresh()
      if (this.meta.watchMode) return
      if (!result.built) this.error(`content has errors:\n${errors.join('\n')}`)
      for (const [fileName, source] of result.built.files)
        this.emitFile({ type: 'asset', fileName, source })
    },
    async configureServer(server: ViteDevServer) {
      await refresh()
      server.watcher.add(dir)
      // Edits arrive in bursts (editors write twice); the latest one wins.
      let latest = 0
      const announced = new Map(cache.hashes)
      const onChange = async (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.json')) return
        const mine = ++latest
        const started = performance.now()
        const result = await refresh()
        if (mine !== latest) return
        announce(server, {
          ok: Boolean(result.built),
          ms: performance.now() - started,
          changed: changedSince(announced, cache.hashes),
          errors,
        })
      }
      const announce = (server: ViteDevServer, event: Recompiled) => {
        const { logger } = server.config
        if (event.ok && good) {
          logger.info(describeRecompiled(event), { timestamp: true })
          const index = `${CATALOGUE_DIR}/${good.compiled.indexFile}`
          server.ws.send({ type: 'custom', event: 'expo:catalogue', data: { index } })
        } else {
          logger.warn(`${describeRecompiled(event)}\n${errors.join('\n')}`, { timestamp: true })
          server.ws.send({ type: 'custom', event: 'expo:content-errors', data: { errors } })
        }
        server.ws.send({ type: 'custom', event: 'expo:recompiled', data: event })
        for (const listener of listeners) listener(event)
      }
      // The watcher drops a change that follows another on the same file within a few
      // milliseconds (an editor saving twice, a test restoring a file): look again shortly after
      // each event, and rebuild if the file changed since the build started.
      const seen = new Map<string, number>()
      const mtime = (file: string) => {
        try {
          return statSync(file).mtimeMs
        } catch {
          return -1
        }
      }
      const handle = (file: string) => {
        seen.set(file, mtime(file))
        void onChange(file)
        setTimeout(() => {
          if (mtime(file) !== seen.get(file)) handle(file)
        }, 250)
      }
      server.watcher.on('change', handle)
      server.watcher.on('add', handle)
      server.watcher.on('unlink', handle)
      // First, before any handler that decodes the address.
      server.middlewares.use(refuseMalformedAddress)
      // embed.js has one address in the built site; the dev server serves its source there.
      server.middlewares.use((req, _res, next) => {
        if (req.url?.split('?')[0] === `${server.config.base}embed.js`)
          req.url = `${server.config.base}src/embed-element/element.ts`
        next()
      })
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').slice(1)
        const text = good?.files.get(path)
        if (text === undefined) return next()
        const types: Record<string, string> = {
          svg: 'image/svg+xml',
          json: 'application/json',
          css: 'text/css',
          woff2: 'font/woff2',
          woff: 'font/woff',
          avif: 'image/avif',
          webp: 'image/webp',
          jpg: 'image/jpeg',
          png: 'image/png',
        }
        res.setHeader(
          'Content-Type',
          types[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
        )
        res.setHeader('Cache-Control', 'no-cache')
        res.end(text)
      })
      if (errors.length) server.config.logger.warn(`content has errors:\n${errors.join('\n')}`)
      else
        server.config.logger.info(
          `content: checked and compiled ${dir} (${good?.files.size ?? 0} files)`,
        )
    },
    transformIndexHtml(_, page) {
      const tags: {
        tag: string
        attrs?: Record<string, string>
        children?: string
        injectTo: 'head' | 'head-prepend'
      }[] = []
      // Pages live at every depth (/fr/city/x/): relative addresses resolve from the site's base.
      tags.push({ tag: 'base', attrs: { href: config?.base ?? '/' }, injectTo: 'head-prepend' })
      // The policy also travels in the page, for hosts that send no headers (public/_headers
      // has it with frame-ancestors, which only a header can carry). Not in dev: Vite's client
      // needs inline scripts there.
      if (config?.command === 'build')
        tags.push({
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        })
      if (config?.command === 'build' && offlineEnabled())
        for (const element of offlineHead()) tags.push({ ...element, injectTo: 'head' })
      if (good) {
        for (const element of good.head) tags.push({ ...element, injectTo: 'head' })
        const href = `${CATALOGUE_DIR}/${good.compiled.indexFile}`
        tags.push({
          tag: 'meta',
          attrs: { name: 'expo-catalogue', content: href },
          injectTo: 'head',
        })
        // The embed shows nothing until its app runs: its index is fetched at once. A page of
        // the site is read from its prerendered HTML first, so src/main.tsx asks for the index
        // with the app's scripts, once that page is painted (not beside its fonts and styles).
        if (page.path.endsWith('embed.html'))
          tags.push({
            tag: 'link',
            attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' },
            injectTo: 'head',
          })
      }
      if (errors.length)
        tags.push({
          tag: 'script',
          attrs: { type: 'application/json', id: 'expo-content-errors' },
          children: JSON.stringify(errors).replace(/</g, '\\u003c'),
          injectTo: 'head',
        })
      return tags
    },
  }
}

/** The site's absolute URL with the base path: EXPO_SITE_URL, else exhibition.json's site.url. */
export function siteUrl(configured: string | undefined, base: string): string {
  const url = new URL(process.env.EXPO_SITE_URL ?? configured ?? 'https://expo.example.org/')
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`
  url.pathname = path.endsWith(base) ? path : path.replace(/\/$/, '') + base
  url.search = ''
  url.hash = ''
  return url.href
}

/** The first Chinese and Arabic slice (regular), which every page in that language shows. */
function firstSlices(files: ReadonlyMap<string, unknown>): Partial<Record<UiLanguage, string[]>> {
  const find = (family: string) =>
    [...files.keys()].filter((path) =>
      new RegExp(`^assets/generated/fonts/${family}-400-0\\.[0-9a-f]+\\.woff2$`).test(path),
    )
  return { zh: find('noto-sans-sc'), ar: find('noto-sans-arabic') }
}

async function prerender(built: Built, config: ResolvedConfig, outDir: string): Promise<number> {
  const text = (path: string) => {
    const value = built.files.get(path)
    return typeof value === 'string' ? value : new TextDecoder().decode(value)
  }
  const index = parseIndex(JSON.parse(text(`${CATALOGUE_DIR}/${built.compiled.indexFile}`)))
  if (!index.ok) throw new Error(`prerender: the compiled index does not parse`)
  // Pages are written with every part of the index merged in (titles, network, narration).
  const whole = withAllParts(index.value, (file) => JSON.parse(text(`${CATALOGUE_DIR}/${file}`)))
  if (!whole.ok) throw new Error(`prerender: a part of the index does not parse`)
  const catalogue = whole.value
  const cities = new Map<string, CompiledCity>()
  const posters = new Map<string, string>()
  for (const summary of catalogue.cities) {
    const parsed = parseCity(JSON.parse(text(`${CATALOGUE_DIR}/${summary.file}`)), summary.file)
    if (parsed.ok) cities.set(summary.id, parsed.value)
    for (const initiative of summary.initiatives) {
      const poster = built.files.get(`assets/generated/posters/${initiative.id}.svg`)
      if (typeof poster === 'string') posters.set(initiative.id, poster)
    }
  }
  const strings = Object.fromEntries(
    UI_LANGUAGES.map((lang) => [
      lang,
      JSON.parse(readFileSync(join(config.root, 'src/i18n/locales', `${lang}.json`), 'utf8')),
    ]),
  ) as Record<UiLanguage, Record<string, unknown>>
  // The same components as the browser, loaded through Vite's SSR module loader.
  const { createServer } = await import('vite')
  const server = await createServer({
    configFile: false,
    root: config.root,
    base: config.base,
    logLevel: 'error',
    appType: 'custom',
    plugins: [react(), regions()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    const entry = (await server.ssrLoadModule('/src/prerender.tsx')) as {
      renderPage: (input: PageInput) => Promise<string>
    }
    const { pages } = await writeSite({
      outDir,
      site: siteUrl(catalogue.exhibition.site?.url, config.base),
      catalogue,
      cities,
      posters,
      strings,
      render: entry.renderPage,
      fonts: firstSlices(built.files),
    })
    return pages
  } finally {
    await server.close()
  }
}

/** embed.js: the custom element and the protocol only, one file at a stable address (SPEC §7). */
async function buildElement(config: ResolvedConfig, outDir: string): Promise<void> {
  const { build } = await import('vite')
  await build({
    configFile: false,
    root: config.root,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      copyPublicDir: false,
      minify: true,
      // Vite leaves library builds in ES format readable; this one is for partner pages.
      rolldownOptions: { output: { minify: true } },
      lib: {
        entry: resolve(config.root, 'src/embed-element/element.ts'),
        formats: ['es'],
        fileName: () => 'embed.js',
      },
    },
  })
}

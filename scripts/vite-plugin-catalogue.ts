/**
 * Vite plugin: checks and compiles content/ into the catalogue files.
 * - build: fails with every problem listed when the content has an error; emits hashed files.
 * - dev: serves the compiled files from memory, recompiles on every change under content/,
 *   pushes the new catalogue to open pages, or the problems while keeping the last good one.
 */
import { resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { formatProblem } from '../src/catalogue/issues.ts'
import { generateAssets, type Generated } from './assets/generate.ts'
import { compile, type Compiled } from './content/compile.ts'
import { checkContent } from './content/validate.ts'

export const CATALOGUE_DIR = 'catalogue'

interface Built extends Generated {
  compiled: Compiled
}

async function build(dir: string): Promise<{ built?: Built; errors: string[] }> {
  try {
    const { problems, content } = checkContent(dir)
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

  // Builds run one after another, in the order of the edits: an older, slower build can never
  // finish last and leave its stale result (errors, or an outdated catalogue) in place.
  let queue: Promise<unknown> = Promise.resolve()
  const refresh = () => {
    const run = queue.then(async () => {
      const result = await build(dir)
      errors = result.errors
      if (result.built) good = result.built
      return result
    })
    queue = run.catch(() => undefined)
    return run
  }

  return {
    name: 'expo-catalogue',
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
      const onChange = async (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.json')) return
        const mine = ++latest
        const result = await refresh()
        if (mine !== latest) return
        if (result.built) {
          server.config.logger.info(`content: recompiled (${result.built.files.size} files)`)
          const index = `${CATALOGUE_DIR}/${result.built.compiled.indexFile}`
          server.ws.send({ type: 'custom', event: 'expo:catalogue', data: { index } })
        } else {
          server.config.logger.warn(
            `content has errors; keeping the last good catalogue:\n${errors.join('\n')}`,
          )
          server.ws.send({ type: 'custom', event: 'expo:content-errors', data: { errors } })
        }
      }
      const handle = (file: string) => void onChange(file)
      server.watcher.on('change', handle)
      server.watcher.on('add', handle)
      server.watcher.on('unlink', handle)
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').slice(1)
        const text = good?.files.get(path)
        if (text === undefined) return next()
        const types: Record<string, string> = {
          svg: 'image/svg+xml',
          json: 'application/json',
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
    transformIndexHtml() {
      const tags: {
        tag: string
        attrs?: Record<string, string>
        children?: string
        injectTo: 'head'
      }[] = []
      if (good) {
        for (const element of good.head) tags.push({ ...element, injectTo: 'head' })
        const href = `${CATALOGUE_DIR}/${good.compiled.indexFile}`
        tags.push({
          tag: 'meta',
          attrs: { name: 'expo-catalogue', content: href },
          injectTo: 'head',
        })
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

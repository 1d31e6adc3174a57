/**
 * Vite plugin: checks and compiles content/ into the catalogue files.
 * - build: fails with every problem listed when the content has an error; emits hashed files.
 * - dev: serves the compiled files from memory, recompiles on every change under content/,
 *   pushes the new catalogue to open pages, or the problems while keeping the last good one.
 */
import { resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { formatProblem } from '../src/catalogue/issues.ts'
import { generateAssets } from './assets/generate.ts'
import { compile, type Compiled } from './content/compile.ts'
import { checkContent } from './content/validate.ts'

export const CATALOGUE_DIR = 'catalogue'

interface Built {
  compiled: Compiled
  /** Site path → contents: the catalogue files under catalogue/, the generated artwork. */
  files: Map<string, string>
}

function build(dir: string): { built?: Built; errors: string[] } {
  try {
    const { problems, content } = checkContent(dir)
    const errors = problems.filter((p) => p.severity === 'error').map(formatProblem)
    if (!content || errors.length) return { errors }
    const compiled = compile(content)
    const files = generateAssets(content)
    for (const [name, text] of compiled.files) files.set(`${CATALOGUE_DIR}/${name}`, text)
    return { built: { compiled, files }, errors }
  } catch (error) {
    return { errors: [`${dir}: could not be read: ${error instanceof Error ? error.message : String(error)}`] }
  }
}

export function catalogue(contentDir = process.env.EXPO_CONTENT_DIR ?? 'content'): Plugin {
  const dir = resolve(contentDir)
  let good: Built | undefined
  let errors: string[] = []

  const refresh = () => {
    const result = build(dir)
    errors = result.errors
    if (result.built) good = result.built
    return result
  }

  return {
    name: 'expo-catalogue',
    buildStart() {
      const result = refresh()
      if (this.meta.watchMode) return
      if (!result.built) this.error(`content has errors:\n${errors.join('\n')}`)
      for (const [fileName, source] of result.built.files) this.emitFile({ type: 'asset', fileName, source })
    },
    configureServer(server: ViteDevServer) {
      refresh()
      server.watcher.add(dir)
      const onChange = (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.json')) return
        const result = refresh()
        if (result.built) {
          server.config.logger.info(`content: recompiled (${result.built.files.size} files)`)
          const index = `${CATALOGUE_DIR}/${result.built.compiled.indexFile}`
          server.ws.send({ type: 'custom', event: 'expo:catalogue', data: { index } })
        } else {
          server.config.logger.warn(`content has errors; keeping the last good catalogue:\n${errors.join('\n')}`)
          server.ws.send({ type: 'custom', event: 'expo:content-errors', data: { errors } })
        }
      }
      server.watcher.on('change', onChange)
      server.watcher.on('add', onChange)
      server.watcher.on('unlink', onChange)
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').slice(1)
        const text = good?.files.get(path)
        if (text === undefined) return next()
        res.setHeader('Content-Type', path.endsWith('.svg') ? 'image/svg+xml' : 'application/json')
        res.setHeader('Cache-Control', 'no-cache')
        res.end(text)
      })
      if (errors.length) server.config.logger.warn(`content has errors:\n${errors.join('\n')}`)
      else server.config.logger.info(`content: checked and compiled ${dir} (${good?.files.size ?? 0} files)`)
    },
    transformIndexHtml() {
      const tags: { tag: string; attrs?: Record<string, string>; children?: string; injectTo: 'head' }[] = []
      if (good) {
        const href = `${CATALOGUE_DIR}/${good.compiled.indexFile}`
        tags.push({ tag: 'meta', attrs: { name: 'expo-catalogue', content: href }, injectTo: 'head' })
        tags.push({ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' }, injectTo: 'head' })
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

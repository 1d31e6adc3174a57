/**
 * A static host for dist/ that sends the headers of dist/_headers (the file the site ships for
 * Netlify and Cloudflare Pages), so the tests run under the site's real Content-Security-Policy.
 * Unknown paths get 404.html with status 404, as those hosts do.
 */
import { createServer, type Server } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
}

interface Rule {
  pattern: RegExp
  headers: [string, string][]
}

/** `/*` matches anything, `:name` one path segment (as Cloudflare Pages reads them). */
export function readHeaders(text: string): Rule[] {
  const rules: Rule[] = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[a-z]+/g, '[^/]+')
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] })
    } else {
      const at = line.indexOf(':')
      rules[rules.length - 1]?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()])
    }
  }
  return rules
}

/**
 * `extra`: files served over `dir` by site path (`/assets/x.svg` → contents), with the same
 * headers, for tests that add a file the build does not have.
 */
export function serveWithHeaders(
  dir: string,
  port: number,
  extra: ReadonlyMap<string, string> = new Map(),
): Promise<{ url: string; server: Server }> {
  const rules = readHeaders(readFileSync(join(dir, '_headers'), 'utf8'))
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')
    const added = extra.get(path)
    let file = normalize(join(dir, path))
    if (!file.startsWith(dir)) file = join(dir, '404.html')
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    const found = added !== undefined || existsSync(file)
    const served = added !== undefined ? path : found ? file : join(dir, '404.html')
    const headers = new Map<string, string[]>()
    for (const rule of rules)
      if (rule.pattern.test(path))
        for (const [name, value] of rule.headers)
          headers.set(name, [...(headers.get(name) ?? []), value])
    for (const [name, values] of headers) res.setHeader(name, values)
    res.setHeader('Content-Type', TYPES[extname(served)] ?? 'application/octet-stream')
    res.statusCode = found ? 200 : 404
    res.end(added ?? readFileSync(served))
  })
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${port}/`, server })),
  )
}

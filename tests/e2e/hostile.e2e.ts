/**
 * Hostile SVG files: the build refuses them (file and pointer, as content:check does), and what
 * the built site serves is inert. A hostile SVG opened at its address under the site's headers
 * runs nothing (no storage write, no console message), while the same file served without them
 * does run: the proof that the test can see a script run at all. Shown through <img>, an SVG
 * never runs script, and none of the site's own SVGs holds anything that could act.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { svgFindings } from '../../scripts/content/svg-check'
import { openPage } from './browser'
import { serveWithHeaders } from './staticServer'
import { useBrowser } from './useBrowser'

const browserOf = useBrowser()
const MARK = 'expo-hostile-ran'

/** Every way an SVG document could run script: a script, a handler, HTML inside. */
const HOSTILE = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"
  onload="localStorage.setItem('${MARK}', 'onload'); console.log('${MARK} onload')">
  <script>localStorage.setItem('${MARK}', 'script'); console.log('${MARK} script')</script>
  <foreignObject width="40" height="40">
    <img xmlns="http://www.w3.org/1999/xhtml" src="nowhere.png"
      onerror="localStorage.setItem('${MARK}', 'html'); console.log('${MARK} html')"/>
  </foreignObject>
  <rect width="40" height="40" fill="#1F7F7F"/>
</svg>
`

const servers: Server[] = []
let site = ''
let bare = ''

beforeAll(async () => {
  const extra = new Map([
    ['/assets/hostile.svg', HOSTILE],
    ['/hostile-img.html', '<!doctype html><title>x</title><img src="assets/hostile.svg" alt="">'],
  ])
  const withHeaders = await serveWithHeaders(resolve('dist'), 4442, extra)
  // The control: the same file from a host that sends no headers at all.
  const plain = mkdtempSync(join(tmpdir(), 'expo-bare-'))
  writeFileSync(join(plain, '_headers'), '')
  writeFileSync(join(plain, '404.html'), 'not found')
  const withoutHeaders = await serveWithHeaders(plain, 4443, extra)
  servers.push(withHeaders.server, withoutHeaders.server)
  site = withHeaders.url
  bare = withoutHeaders.url
})
afterAll(() => servers.forEach((server) => server.close()))

/** What the hostile file left behind at `base`'s origin: its storage mark and console lines. */
async function openHostile(page: Page, base: string, path: string) {
  const said: string[] = []
  page.on('console', (message) => {
    if (message.text().includes(MARK)) said.push(message.text())
  })
  await page.goto(`${base}${path}`)
  await page.waitForFunction(() => document.readyState === 'complete')
  if (path.endsWith('.html'))
    await page.waitForFunction(() => document.querySelector('img')?.complete === true)
  const mark = await page.evaluate((key) => localStorage.getItem(key), MARK)
  return { mark, said }
}

describe('hostile SVG files', () => {
  it('the build refuses them, naming the file and the pointer', async () => {
    const root = mkdtempSync(join(tmpdir(), 'expo-hostile-'))
    const content = join(root, 'content')
    cpSync('content', content, { recursive: true })
    mkdirSync(join(root, 'public', 'assets'), { recursive: true })
    writeFileSync(join(root, 'public', 'assets', 'hostile.svg'), HOSTILE)
    writeFileSync(join(root, 'public', 'assets', 'stray.svg'), HOSTILE)
    const file = join(content, 'cities', 'krakow-literature.json')
    const city = JSON.parse(readFileSync(file, 'utf8')) as {
      initiatives: { media?: unknown[] }[]
    }
    const first = city.initiatives[0]!
    first.media = [
      ...(first.media ?? []),
      { type: 'image', src: 'assets/hostile.svg', alt: { en: 'A square' }, credit: 'x' },
    ]
    writeFileSync(file, JSON.stringify(city, null, 2))
    const at = `/initiatives/0/media/${first.media.length - 1}/src`

    process.env.EXPO_CONTENT_DIR = content
    process.env.EXPO_PRERENDER = 'none'
    let refusal = ''
    try {
      await build({ logLevel: 'silent', build: { outDir: join(root, 'dist'), write: false } })
    } catch (error) {
      refusal = error instanceof Error ? error.message : String(error)
    } finally {
      delete process.env.EXPO_CONTENT_DIR
      delete process.env.EXPO_PRERENDER
    }
    expect(refusal).toContain('content has errors')
    for (const what of ['<script> element', 'event-handler attribute onload', 'foreignObject'])
      expect(refusal).toMatch(new RegExp(`krakow-literature\\.json: ${at}: [^\\n]*${what}`))
    expect(refusal).toMatch(/stray\.svg: \/: [^\n]*<script> element/)
  }, 120_000)

  it('opened at its address under the site’s headers, it runs nothing', async () => {
    const control = await openPage(browserOf(), bare)
    expect(await openHostile(control.page, bare, 'assets/hostile.svg')).toMatchObject({
      mark: expect.any(String),
    })
    const { page } = await openPage(browserOf(), site)
    const response = await page.request.get(`${site}assets/hostile.svg`)
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'")
    expect(await openHostile(page, site, 'assets/hostile.svg')).toEqual({ mark: null, said: [] })
  })

  it('shown through <img>, it runs nothing', async () => {
    const { page } = await openPage(browserOf(), site)
    expect(await openHostile(page, site, 'hostile-img.html')).toEqual({ mark: null, said: [] })
    const { page: plain } = await openPage(browserOf(), bare)
    expect(await openHostile(plain, bare, 'hostile-img.html')).toEqual({ mark: null, said: [] })
  })

  it('none of the SVG files the site serves holds anything that could act', () => {
    const svgs = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.svg'),
    )
    expect(svgs.length).toBeGreaterThan(100)
    const acting = svgs.flatMap((f) =>
      svgFindings(readFileSync(join('dist', f), 'utf8')).map((x) => `${f}: ${x.what}`),
    )
    expect(acting).toEqual([])
  })
})

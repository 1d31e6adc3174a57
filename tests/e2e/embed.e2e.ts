/**
 * Embedding (SPEC §7) with the partner page on another origin than the exhibition: two (then
 * three) local servers on their own ports, nothing else faked.
 */
import { createServer, type Server } from 'node:http'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { preview, type PreviewServer } from 'vite'
import type { Frame, Page } from 'playwright-core'
import { buildSite } from '../../scripts/bench/buildSite'
import { openPage, shot } from './browser'
import { useBrowser } from './useBrowser'

const expo = inject('baseUrl')
const browserOf = useBrowser()
const pages = new Map<string, string>()
const servers: Server[] = []
let partner = ''
let stranger = ''
let guarded: PreviewServer | undefined
let guardedUrl = ''

/** A tiny static server for partner pages: whatever HTML the test puts at a path. */
function serve(port: number): Promise<string> {
  const server = createServer((req, res) => {
    const html = pages.get(req.url ?? '')
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(html ?? 'not found')
  })
  servers.push(server)
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve(`http://127.0.0.1:${port}`)),
  )
}

const tall = (body: string, script = `${expo}embed.js`) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner city</title>
<script type="module" src="${script}"></script></head>
<body style="margin:0;font-family:sans-serif">
<h1>Our city's page</h1><div style="height:300px"></div>${body}<div style="height:2000px"></div>
<script>window.events=[];for(const n of ['expo-ready','expo-navigate','expo-language','expo-error'])document.addEventListener(n,(e)=>window.events.push({name:n,detail:e.detail}))</script>
</body></html>`

beforeAll(async () => {
  partner = await serve(4361)
  stranger = await serve(4362)
  // An exhibition that allows only the partner's origin to drive it.
  const root = mkdtempSync(join(tmpdir(), 'expo-guarded-'))
  cpSync('content', join(root, 'content'), { recursive: true })
  const file = join(root, 'content', 'exhibition.json')
  const exhibition = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  exhibition.embed = { allowedOrigins: [partner] }
  writeFileSync(file, JSON.stringify(exhibition))
  await buildSite(join(root, 'content'), join(root, 'dist'))
  guarded = await preview({
    configFile: false,
    build: { outDir: join(root, 'dist') },
    preview: { port: 4363, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  guardedUrl = guarded.resolvedUrls?.local[0] ?? ''
}, 300_000)

afterAll(async () => {
  for (const server of servers) server.close()
  await guarded?.close()
})

const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { events: { name: string; detail: unknown }[] }).events)
const frameOf = async (page: Page, index = 0): Promise<Frame> => {
  const handle = await page
    .locator('creative-cities-expo')
    .nth(index)
    .locator('iframe')
    .elementHandle()
  const frame = await handle?.contentFrame()
  if (!frame) throw new Error('no live frame')
  return frame
}
const call = (page: Page, script: string) =>
  page.evaluate(
    (s) =>
      (
        new Function('el', `return ${s}`)(
          document.querySelector('creative-cities-expo'),
        ) as Promise<unknown>
      ).then(
        () => 'ok',
        (e: Error) => `rejected: ${e.message}`,
      ),
    script,
  )

describe('the <creative-cities-expo> element', () => {
  it('is a light preview until clicked: no iframe, a small script, no other origin, no scroll taken', async () => {
    pages.set(
      '/one',
      tall(
        '<creative-cities-expo city="krakow-literature" lang="fr" height="480"></creative-cities-expo>',
      ),
    )
    const { page, errors } = await openPage(browserOf(), partner)
    const scripts: Promise<number>[] = []
    const origins = new Set<string>()
    page.on('response', (r) => {
      origins.add(new URL(r.url()).origin)
      if (r.request().resourceType() === 'script')
        scripts.push(
          r.body().then(
            (b) => gzipSync(b).length,
            () => 0,
          ),
        )
    })
    await page.goto(`${partner}/one`)
    const button = page.locator('creative-cities-expo').getByRole('button')
    await expect.poll(() => button.getAttribute('aria-label')).toContain('Cracovie')
    expect(await page.locator('creative-cities-expo iframe').count()).toBe(0)
    const bytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0)
    expect(bytes).toBeLessThanOrEqual(10 * 1024)
    expect([...origins].sort()).toEqual([new URL(expo).origin, partner].sort())
    expect(await page.context().cookies()).toEqual([])
    // The wheel over the preview scrolls the partner's page.
    await button.hover()
    await page.mouse.wheel(0, 400)
    await page.waitForFunction(() => window.scrollY > 0)
    await shot(page, 'embed-preview')
    expect(errors).toEqual([])
  })

  it('loads the pavilion on a click, reports, and follows goTo, setLanguage, setFilter, startTour', async () => {
    pages.set(
      '/two',
      tall(
        '<creative-cities-expo city="krakow-literature" lang="fr" height="520" view="2d"></creative-cities-expo>',
      ),
    )
    const { page, errors } = await openPage(browserOf(), partner)
    await page.goto(`${partner}/two`)
    await page.locator('creative-cities-expo').getByRole('button').click()
    await page.waitForFunction(() =>
      (window as unknown as { events: { name: string }[] }).events.some(
        (e) => e.name === 'expo-ready',
      ),
    )
    const frame = await frameOf(page)
    expect(await frame.evaluate(() => window.__expo!.selected.city)).toBe('krakow-literature')
    expect(await frame.locator('.embed-open').getAttribute('target')).toBe('_blank')

    expect(await call(page, "el.goTo('lliria-music')")).toBe('ok')
    expect(await frame.evaluate(() => window.__expo!.selected.city)).toBe('lliria-music')
    expect(await call(page, "el.setLanguage('zh')")).toBe('ok')
    await frame.waitForFunction(() => document.documentElement.lang === 'zh')
    expect(await call(page, "el.setFilter({ field: 'music', sdg: '11.4' })")).toBe('ok')
    expect(await frame.evaluate(() => window.__expo!.route)).toMatch(/field=music&sdg=11\.4/)
    const tour = (
      JSON.parse(readFileSync('content/exhibition.json', 'utf8')) as { tours: { id: string }[] }
    ).tours[0]!.id
    expect(await call(page, `el.startTour('${tour}')`)).toBe('ok')
    expect(await frame.evaluate(() => window.__expo!.route)).toContain(`tour=${tour}`)
    expect(await call(page, "el.goTo('nowhere')")).toMatch(/^rejected: no pavilion/)

    const seen = await events(page)
    expect(seen).toContainEqual({
      name: 'expo-navigate',
      detail: { city: 'lliria-music', initiative: null },
    })
    expect(seen).toContainEqual({ name: 'expo-language', detail: { lang: 'zh' } })
    expect(seen.some((e) => e.name === 'expo-error')).toBe(true)
    // An attribute changed after load moves the live view too.
    await page.evaluate(() =>
      document.querySelector('creative-cities-expo')!.setAttribute('city', 'parma-gastronomy'),
    )
    await frame.waitForFunction(() => window.__expo!.selected.city === 'parma-gastronomy')
    await shot(page, 'embed-live-2d')
    expect(errors).toEqual([])
  })

  it('works three to a page, one in 3D at a time, and fits 320×240', async () => {
    pages.set(
      '/three',
      tall(`<div style="display:grid;grid-template-columns:1fr 1fr 1fr;gap:8px">
<creative-cities-expo city="krakow-literature" view="3d" height="300"></creative-cities-expo>
<creative-cities-expo city="lliria-music" view="3d" height="300"></creative-cities-expo>
<creative-cities-expo view="2d" lang="ar" height="300" loading="eager"></creative-cities-expo></div>
<div style="width:320px;height:240px;margin-top:16px"><creative-cities-expo city="parma-gastronomy" view="2d" height="240" loading="eager" style="width:320px"></creative-cities-expo></div>`),
    )
    const { page, errors } = await openPage(browserOf(), partner, { width: 1280, height: 900 })
    await page.goto(`${partner}/three`)
    await page.waitForFunction(
      () =>
        (window as unknown as { events: { name: string }[] }).events.filter(
          (e) => e.name === 'expo-ready',
        ).length >= 2,
    )
    const first = page.locator('creative-cities-expo').nth(0)
    const second = page.locator('creative-cities-expo').nth(1)
    await first.getByRole('button').click()
    await first.locator('iframe').waitFor()
    await second.getByRole('button').click()
    await second.locator('iframe').waitFor()
    // The first went back to its preview: one WebGL context for the page.
    await first.getByRole('button').waitFor()
    expect(await page.locator('creative-cities-expo iframe').count()).toBe(3)
    const small = await frameOf(page, 3)
    await small.locator('.embed-compact h1').waitFor()
    await page
      .locator('creative-cities-expo')
      .nth(3)
      .screenshot({ path: 'test-results/screens/embed-320x240.png' })
    await page.locator('creative-cities-expo').nth(2).scrollIntoViewIfNeeded()
    await shot(page, 'embed-three')
    expect(errors).toEqual([])
  })
})

describe('the protocol', () => {
  it('does nothing for a page on an origin that is not allowed, and tells it nothing', async () => {
    pages.set(
      '/frame',
      `<!doctype html><html><body><iframe id="f" src="${guardedUrl}embed.html?city=krakow-literature&view=2d" style="width:800px;height:500px"></iframe>
<script>window.got=[];addEventListener('message',(e)=>window.got.push(e.data))</script></body></html>`,
    )
    const { page } = await openPage(browserOf(), stranger)
    // The frame says, once, that it ignored a message from an origin it does not allow: the
    // signal that the command arrived and was refused (its own state is the proof of nothing done).
    const refused = page.waitForEvent('console', (m) => m.text().includes('is not allowed'))
    await page.goto(`${stranger}/frame`)
    const frame = page.frames().find((f) => f.url().includes('embed.html'))!
    await frame.waitForFunction(() => window.__expo?.ready === true)
    await page.evaluate(() => {
      const target = (document.getElementById('f') as HTMLIFrameElement).contentWindow!
      target.postMessage(
        {
          source: 'creative-cities-expo',
          version: 1,
          type: 'command',
          id: 'x',
          name: 'goTo',
          args: ['lliria-music'],
        },
        '*',
      )
    })
    await refused
    expect(await frame.evaluate(() => window.__expo!.selected.city)).toBe('krakow-literature')
    expect(await page.evaluate(() => (window as unknown as { got: unknown[] }).got)).toEqual([])
  })

  it('lets the allowed partner drive it, and ignores malformed messages with a warning', async () => {
    pages.set(
      '/allowed',
      tall(
        '<creative-cities-expo city="krakow-literature" view="2d" loading="eager"></creative-cities-expo>',
        `${guardedUrl}embed.js`,
      ),
    )
    const { page } = await openPage(browserOf(), partner)
    const warnings: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text())
    })
    await page.goto(`${partner}/allowed`)
    await page.waitForFunction(() =>
      (window as unknown as { events: { name: string }[] }).events.some(
        (e) => e.name === 'expo-ready',
      ),
    )
    const frame = await frameOf(page)
    await page.evaluate((origin) => {
      const target = document
        .querySelector('creative-cities-expo')!
        .shadowRoot!.querySelector('iframe')!.contentWindow!
      for (const junk of [
        {
          source: 'creative-cities-expo',
          version: 2,
          type: 'command',
          id: 'a',
          name: 'goTo',
          args: ['lliria-music'],
        },
        {
          source: 'creative-cities-expo',
          version: 1,
          type: 'command',
          id: 'b',
          name: 'eval',
          args: ['x'],
        },
        {
          source: 'creative-cities-expo',
          version: 1,
          type: 'command',
          id: 'c',
          name: 'goTo',
          args: ['x'.repeat(5000)],
        },
        'goTo lliria-music',
      ])
        target.postMessage(junk, origin)
    }, new URL(guardedUrl).origin)
    expect(await call(page, "el.goTo('lliria-music')")).toBe('ok')
    expect(await frame.evaluate(() => window.__expo!.selected.city)).toBe('lliria-music')
    await expect.poll(() => warnings.some((w) => w.includes('unknown version 2'))).toBe(true)
  })
})

describe('the share dialog', () => {
  it.each(['tag', 'iframe'] as const)(
    'gives a %s snippet that works pasted into a blank page',
    async (kind) => {
      const { page, errors } = await openPage(browserOf(), expo)
      await page.goto(`${expo}fr/city/krakow-literature/?view=2d`)
      await page.waitForFunction(() => window.__expo?.ready === true)
      await page.getByRole('button', { name: 'Partager' }).click()
      const dialog = page.getByRole('dialog')
      if (kind === 'iframe') await dialog.getByLabel(/iframe/).check()
      await dialog.getByLabel(/Affichage/).selectOption('2d')
      const code = await dialog.locator('textarea').inputValue()
      expect(code).toContain('krakow-literature')
      await shot(page, `share-dialog-${kind}`)
      pages.set(
        `/pasted-${kind}`,
        `<!doctype html><html><head><meta charset="utf-8"><title>Blank</title></head><body>${code}
<script>window.events=[];document.addEventListener('expo-ready',(e)=>window.events.push({name:'expo-ready'}))</script></body></html>`,
      )
      const blank = await openPage(browserOf(), partner)
      await blank.page.goto(`${partner}/pasted-${kind}`)
      if (kind === 'tag')
        await blank.page.locator('creative-cities-expo').getByRole('button').click()
      const handle = await blank.page.locator('iframe').elementHandle()
      const frame = await handle?.contentFrame()
      if (!frame) throw new Error('the snippet made no frame')
      await frame.waitForFunction(() => window.__expo?.ready === true)
      expect(await frame.evaluate(() => window.__expo!.selected.city)).toBe('krakow-literature')
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('fr')
      expect(errors).toEqual([])
      expect(blank.errors).toEqual([])
    },
  )
})

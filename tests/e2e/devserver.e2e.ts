/**
 * The curator's loop in the dev server: a valid edit under content/ shows up without a reload;
 * an invalid one lists its errors in the page and keeps the last good catalogue on screen.
 * Each step waits for the server's own signal that it rebuilt from the bytes just written (its
 * plugin api's `onRecompiled`), then for the page: no fixed delay, so a busy machine only makes
 * it slower, never wrong.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type ViteDevServer } from 'vite'
import type { Browser } from 'playwright-core'
import { launch, openPage } from './browser'
import type { CatalogueApi, Recompiled } from '../../scripts/vite-plugin-catalogue'
import { bytesHash } from '../../scripts/content/fileCache'

let server: ViteDevServer
let browser: Browser
let url = ''
let dir = ''
let api: CatalogueApi

/**
 * Writes a content file and resolves with the server's signal for a rebuild that read exactly
 * these bytes (an earlier rebuild still running, or an editor's double write, does not count).
 */
function save(file: string, text: string): Promise<Recompiled> {
  const name = file.split(/[\\/]/).slice(-2).join('/')
  const hash = bytesHash(new TextEncoder().encode(text))
  const signal = new Promise<Recompiled>((resolve) => {
    const stop = api.onRecompiled((event) => {
      const changed = Object.entries(event.changed)
      if (!changed.some(([path, h]) => path.endsWith(name) && h === hash)) return
      stop()
      resolve(event)
    })
  })
  writeFileSync(file, text)
  return signal
}

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'expo-dev-')), 'content')
  cpSync('content', dir, { recursive: true })
  process.env.EXPO_CONTENT_DIR = dir
  server = await createServer({ logLevel: 'warn', server: { port: 5391, host: '127.0.0.1' } })
  await server.listen()
  delete process.env.EXPO_CONTENT_DIR
  const plugin = server.config.plugins.find((p) => p.name === 'expo-catalogue')
  if (!plugin?.api) throw new Error('the dev server has no expo-catalogue plugin with an api')
  api = plugin.api as CatalogueApi
  url = server.resolvedUrls?.local[0] ?? ''
  browser = await launch()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the dev server', () => {
  it('shows a valid edit live and an invalid one as errors, keeping the last good catalogue', async () => {
    const { page } = await openPage(browser, url)
    await page.goto(`${url}#/?view=2d`)
    await page.waitForFunction(() => window.__expo?.ready === true, undefined, {
      timeout: 150_000,
    })
    await page.locator('.city-card', { hasText: 'Kraków' }).waitFor()
    await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true))

    const file = join(dir, 'cities', 'krakow-literature.json')
    const original = readFileSync(file, 'utf8')
    // Once the server has rebuilt, the page only has to fetch and draw: a generous bound.
    const afterSignal = { timeout: 60_000 }
    expect(
      (await save(file, original.replace('"en": "Kraków"', '"en": "Kraków (edited)"'))).ok,
    ).toBe(true)
    await page.locator('.city-card', { hasText: 'Kraków (edited)' }).waitFor(afterSignal)

    expect((await save(file, original.replace('"country": "PL"', '"country": "PX"'))).ok).toBe(
      false,
    )
    const notice = page.locator('.notice', { hasText: 'krakow-literature.json' })
    await notice.locator('summary').click(afterSignal)
    await notice.getByText('/country: expected an ISO 3166-1 alpha-2 country code').waitFor()
    expect(await page.locator('.city-card', { hasText: 'Kraków (edited)' }).count()).toBe(1)

    const broken = await save(file, '{ "id": ')
    expect(broken.errors.join('\n')).toContain('JSON syntax error')
    await page.locator('.notice', { hasText: 'JSON syntax error' }).waitFor(afterSignal)
    const pavilions = readdirSync(join(dir, 'cities')).length
    expect(await page.locator('.city-grid > li').count()).toBe(pavilions)

    expect((await save(file, original)).ok).toBe(true)
    await page
      .locator('.city-card', { hasText: /^Kraków$|Kraków\s*Poland/ })
      .first()
      .waitFor(afterSignal)
    await page.locator('.notice').waitFor({ state: 'detached', ...afterSignal })
    expect(
      await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded),
    ).toBe(true)

    // The dev server serves the canonical paths too (SPEC §6), and embed.js at its address.
    await page.goto(`${url}fr/city/krakow-literature/`)
    await page.locator('.city-page h1', { hasText: 'Cracovie' }).waitFor({ timeout: 60_000 })
    expect((await fetch(`${url}embed.js`)).headers.get('content-type')).toMatch(/javascript/)
  }, 300_000)
})

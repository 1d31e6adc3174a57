/**
 * The curator's loop in the dev server: a valid edit under content/ shows up without a reload;
 * an invalid one lists its errors in the page and keeps the last good catalogue on screen.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type ViteDevServer } from 'vite'
import type { Browser } from 'playwright-core'
import { launch, openPage } from './browser'

let server: ViteDevServer
let browser: Browser
let url = ''
let dir = ''

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), 'expo-dev-')), 'content')
  cpSync('content', dir, { recursive: true })
  process.env.EXPO_CONTENT_DIR = dir
  server = await createServer({ logLevel: 'warn', server: { port: 5391, host: '127.0.0.1' } })
  await server.listen()
  delete process.env.EXPO_CONTENT_DIR
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
    await page.waitForFunction(() => window.__expo?.ready === true, undefined, { timeout: 90_000 })
    await page.locator('.city-card', { hasText: 'Kraków' }).waitFor()
    await page.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true))

    const file = join(dir, 'cities', 'krakow-literature.json')
    const original = readFileSync(file, 'utf8')
    writeFileSync(file, original.replace('"en": "Kraków"', '"en": "Kraków (edited)"'))
    await page.locator('.city-card', { hasText: 'Kraków (edited)' }).waitFor({ timeout: 30_000 })

    writeFileSync(file, original.replace('"country": "PL"', '"country": "PX"'))
    const notice = page.locator('.notice', { hasText: 'krakow-literature.json' })
    await notice.locator('summary').click({ timeout: 30_000 })
    await notice.getByText('/country: expected an ISO 3166-1 alpha-2 country code').waitFor()
    expect(await page.locator('.city-card', { hasText: 'Kraków (edited)' }).count()).toBe(1)

    writeFileSync(file, '{ "id": ')
    await page.locator('.notice', { hasText: 'JSON syntax error' }).waitFor({ timeout: 30_000 })
    const pavilions = readdirSync(join(dir, 'cities')).length
    expect(await page.locator('.city-grid > li').count()).toBe(pavilions)

    writeFileSync(file, original)
    await page
      .locator('.city-card', { hasText: /^Kraków$|Kraków\s*Poland/ })
      .first()
      .waitFor({ timeout: 30_000 })
    await page.locator('.notice').waitFor({ state: 'detached', timeout: 30_000 })
    expect(
      await page.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded),
    ).toBe(true)

    // The dev server serves the canonical paths too (SPEC §6), and embed.js at its address.
    await page.goto(`${url}fr/city/krakow-literature/`)
    await page.locator('.city-page h1', { hasText: 'Cracovie' }).waitFor({ timeout: 60_000 })
    expect((await fetch(`${url}embed.js`)).headers.get('content-type')).toMatch(/javascript/)
  }, 180_000)
})

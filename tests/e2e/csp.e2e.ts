/**
 * The built site under its own Content-Security-Policy and headers (dist/_headers, served as a
 * static host would): no violation in any language, in 2D, in 3D, on the about page and in an
 * embed; unknown paths get the 404 page.
 */
import type { Server } from 'node:http'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPage, waitReady } from './browser'
import { serveWithHeaders } from './staticServer'
import { useBrowser } from './useBrowser'

const browserOf = useBrowser()
let url = ''
let server: Server | undefined

beforeAll(async () => {
  const served = await serveWithHeaders(resolve('dist'), 4371)
  url = served.url
  server = served.server
})
afterAll(() => {
  server?.close()
})

async function visit(path: string) {
  const { page, errors, foreign } = await openPage(browserOf(), url)
  await page.addInitScript(() => {
    localStorage.setItem('creative-cities-expo:hints-seen', '1')
    const w = window as unknown as { violations: string[] }
    w.violations = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    )
  })
  const response = await page.goto(`${url}${path}`)
  await waitReady(page)
  return { page, errors, foreign, response }
}

describe('under the strict security policy', () => {
  it.each(['en', 'fr', 'zh', 'es', 'ar', 'ru'])(
    '%s: pages, the about page and 3D run with no violation',
    async (lang) => {
      for (const path of [
        `${lang}/city/krakow-literature/?view=2d`,
        `${lang}/about/`,
        `${lang}/?view=3d`,
      ]) {
        const { page, errors, foreign, response } = await visit(path)
        if (path.includes('about')) await page.locator('.map-city').first().waitFor()
        const headers = response?.headers() ?? {}
        expect(headers['content-security-policy']).toContain("script-src 'self'")
        expect(headers['x-content-type-options']).toBe('nosniff')
        expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
        expect(
          await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
        ).toEqual([])
        expect(errors).toEqual([])
        expect(foreign).toEqual([])
        await page.context().close()
      }
    },
  )

  it('serves the embedded view with no violation, framable by partners', async () => {
    const { page, response } = await visit('embed.html?city=lliria-music&view=2d')
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *')
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([])
  })

  it('answers an unknown path with the 404 page, which says so', async () => {
    const response = await fetch(`${url}fr/nowhere/`)
    expect(response.status).toBe(404)
    const { page } = await visit('fr/nowhere/')
    await page.locator('.not-found').waitFor()
  })
})

/**
 * Shareable pages (SPEC §6), as a link preview, a search engine, a reader without JavaScript and
 * a visitor see them: at the site's root and in a build under /expo/.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { build, preview, type PreviewServer } from 'vite'
import vnu from 'vnu-jar'
import { layoutShift, openPage, shot, trackLayoutShift, waitReady } from './browser'
import { useBrowser } from './useBrowser'

const rootUrl = inject('baseUrl')
const browserOf = useBrowser()
/** The site URL written into the pages' metadata (exhibition.json's site.url). */
const SITE = 'https://expo.example.org/'
let server: PreviewServer | undefined
let expoUrl = ''

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'expo-base-')), 'dist')
  await build({ logLevel: 'warn', base: '/expo/', build: { outDir: out, emptyOutDir: true } })
  server = await preview({
    configFile: false,
    base: '/expo/',
    build: { outDir: out },
    preview: { port: 4340, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  expoUrl = server.resolvedUrls?.local[0] ?? ''
}, 300_000)

afterAll(async () => {
  await server?.close()
})

const krakow = JSON.parse(readFileSync('content/cities/krakow-literature.json', 'utf8')) as {
  name: Record<string, string>
  introduction: Record<string, string>
}

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
const attr = (html: string, pattern: RegExp) => decode(pattern.exec(html)?.[1] ?? '')

/** PNG width and height from its header (bytes 16–23 of the IHDR chunk). */
function pngSize(bytes: Uint8Array): [number, number] | null {
  const signature = [0x89, 0x50, 0x4e, 0x47]
  if (!signature.every((b, i) => bytes[i] === b)) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset)
  return [view.getUint32(16), view.getUint32(20)]
}

describe.each([
  ['at the root', () => rootUrl, '/'],
  ['under /expo/', () => expoUrl, '/expo/'],
])('shareable pages %s', (_, urlOf, base) => {
  const local = (absolute: string) => absolute.replace(SITE + base.slice(1), urlOf())

  it('serve French HTML with its own head to a plain fetch, and a real preview picture', async () => {
    const response = await fetch(`${urlOf()}fr/city/krakow-literature/`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toMatch(/<html lang="fr" dir="ltr">/)
    expect(attr(html, /<title>([^<]*)<\/title>/)).toContain(krakow.name.fr)
    expect(attr(html, /<h1><span lang="fr">([^<]*)<\/span><\/h1>/)).toBe(krakow.name.fr)
    expect(html).toContain(krakow.introduction.fr!.replace(/’/g, '’'))
    expect(attr(html, /<meta name="description" content="([^"]*)"/).length).toBeGreaterThan(50)
    const canonical = attr(html, /<link rel="canonical" href="([^"]*)"/)
    expect(canonical).toBe(`${SITE}${base.slice(1)}fr/city/krakow-literature/`)
    const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map(
      (m) => m[1],
    )
    expect(alternates.sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'x-default', 'zh'])
    for (const property of ['og:title', 'og:description', 'og:url', 'og:locale', 'og:site_name'])
      expect(html).toContain(`property="${property}"`)
    const image = attr(html, /<meta property="og:image" content="([^"]*)"/)
    const picture = new Uint8Array(await (await fetch(local(image))).arrayBuffer())
    expect(pngSize(picture)).toEqual([1200, 630])
    expect(html).toMatch(/<link rel="alternate" type="application\/json\+oembed" href="[^"]+"/)
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!)
    expect(ld['@context']).toBe('https://schema.org')
  })

  it('list every page in the sitemap, and each is there with its language, title and h1', async () => {
    const sitemap = await (await fetch(`${urlOf()}sitemap.xml`)).text()
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1]!))
    const exhibits = readdirSync('content/cities').reduce(
      (n, f) =>
        n +
        (JSON.parse(readFileSync(`content/cities/${f}`, 'utf8')) as { initiatives: unknown[] })
          .initiatives.length,
      0,
    )
    expect(pages).toHaveLength(6 * (2 + readdirSync('content/cities').length + exhibits))
    expect((await (await fetch(`${urlOf()}robots.txt`)).text()).trim()).toContain(
      `Sitemap: ${SITE}${base.slice(1)}sitemap.xml`,
    )
    const problems: string[] = []
    for (const page of pages) {
      const response = await fetch(local(page))
      const html = await response.text()
      const lang = /\/(en|fr|zh|es|ar|ru)\//.exec(page.replace(SITE, '/'))?.[1]
      if (response.status !== 200) problems.push(`${page}: ${response.status}`)
      else if (!html.includes(`<html lang="${lang}"`)) problems.push(`${page}: lang`)
      else if (!/<title>[^<]+<\/title>/.test(html)) problems.push(`${page}: title`)
      else if (!/<h1[ >]/.test(html)) problems.push(`${page}: h1`)
      else if (attr(html, /<link rel="canonical" href="([^"]*)"/) !== page)
        problems.push(`${page}: canonical`)
    }
    expect(problems).toEqual([])
  }, 180_000)

  it('become the live app at their place without a jump, and keep canonical paths', async () => {
    const { page, errors, foreign } = await openPage(browserOf(), urlOf(), { locale: 'fr-FR' })
    const failed: string[] = []
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`)
    })
    await trackLayoutShift(page)
    await page.goto(`${urlOf()}fr/city/krakow-literature/?view=2d`)
    const before = await page.locator('#main h1').textContent()
    await waitReady(page)
    expect(await page.locator('#main h1').textContent()).toBe(before)
    expect(await page.evaluate(() => location.pathname + location.search)).toBe(
      `${base}fr/city/krakow-literature/?view=2d`,
    )
    expect(await layoutShift(page)).toBeLessThan(0.05)
    await shot(page, `pages-city-fr${base === '/' ? '' : '-expo'}`)

    // The language menu moves to the same place in another language.
    await page.getByLabel('Langue').selectOption('zh')
    await page.waitForFunction(() => document.documentElement.lang === 'zh')
    expect(await page.evaluate(() => location.pathname)).toBe(`${base}zh/city/krakow-literature/`)
    // A link is a new history entry; a filter changes the query in place; back returns.
    await page.locator('.breadcrumb a').click()
    await page.waitForFunction((b) => location.pathname === `${b}zh/`, base)
    await page
      .locator('select')
      .filter({ has: page.locator('option[value="music"]') })
      .selectOption('music')
    await page.waitForFunction(() => location.search.includes('field=music'))
    await page.goBack()
    await page.waitForFunction((b) => location.pathname === `${b}zh/city/krakow-literature/`, base)
    await page.goForward()
    await page.waitForFunction(() => location.search.includes('field=music'))
    expect(failed).toEqual([])
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })

  it('rewrite old hash links, and pick the language at the root', async () => {
    const { page, errors } = await openPage(browserOf(), urlOf(), { locale: 'es-ES' })
    await page.goto(`${urlOf()}#/city/krakow-literature/krakow-resilient-bookstores?lang=fr`)
    await waitReady(page)
    expect(await page.evaluate(() => location.pathname + location.hash)).toBe(
      `${base}fr/city/krakow-literature/krakow-resilient-bookstores/`,
    )
    await page.locator('.exhibit h1').waitFor()
    await page.evaluate(() => localStorage.clear())
    await page.goto(urlOf())
    await waitReady(page)
    expect(await page.evaluate(() => location.pathname)).toBe(`${base}es/`)
    expect(errors).toEqual([])
  })
})

describe('without JavaScript', () => {
  it('reads and moves page to page', async () => {
    const context = await browserOf().newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${rootUrl}ar/`)
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl')
    await page.locator('.city-card').first().click()
    await page.locator('.city-page h1').waitFor()
    await page.locator('.exhibit-card').first().click()
    await page.locator('.exhibit h1').waitFor()
    expect(await page.title()).toContain('·')
    await shot(page, 'pages-no-js-ar-exhibit')
    const notFound = await (await fetch(`${rootUrl}404.html`)).text()
    expect(notFound).toContain('class="not-found')
    await context.close()
  })
})

/** The Nu HTML checker needs Java; CI machines may have only Node.js. */
const java = (() => {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' })
    return true
  } catch {
    console.warn(
      '\n*** The Nu HTML checker was SKIPPED: Java is not installed on this machine. ***\n',
    )
    return false
  }
})()

describe('the Nu HTML checker', () => {
  it.skipIf(!java)(
    'finds no error in a page of each kind in each language',
    () => {
      const files = ['en', 'fr', 'zh', 'es', 'ar', 'ru'].flatMap((lang) => [
        `dist/${lang}/index.html`,
        `dist/${lang}/about/index.html`,
        `dist/${lang}/city/krakow-literature/index.html`,
        `dist/${lang}/city/krakow-literature/krakow-resilient-bookstores/index.html`,
        `dist/${lang}/city/lliria-music/index.html`,
      ])
      let report = ''
      try {
        execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'text', ...files], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      } catch (error) {
        report = String((error as { stderr?: string }).stderr ?? error)
      }
      expect(report).toBe('')
    },
    120_000,
  )
})

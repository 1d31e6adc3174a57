/**
 * A prerendered page is taken over in place (React hydrates it): the nodes the visitor is reading
 * stay, so nothing is painted twice, and the page that results is the one the app renders from
 * scratch. React does not repair attributes that differ while it hydrates, so each page is also
 * rendered afresh (its prerendered body taken out) and the two compared.
 */
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openPage, refuseWebGL, waitReady } from './browser'
import { useBrowser } from './useBrowser'

const baseUrl = inject('baseUrl')
const browserOf = useBrowser()

/** Notes the prerendered heading and main column before any script of the app runs. */
async function markPrerendered(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const marks = window as unknown as { __prerendered?: Element[] }
      marks.__prerendered = [...document.querySelectorAll('#root h1, #root main')]
    })
  })
}

/** Whether the heading and main column noted at first are still the ones on the page. */
const kept = (page: Page) =>
  page.evaluate(() => {
    const marks = window as unknown as { __prerendered?: Element[] }
    const now = [...document.querySelectorAll('#root h1, #root main')]
    const before = marks.__prerendered ?? []
    return before.length > 0 && before.length === now.length && before.every((n, i) => n === now[i])
  })

const started = (page: Page) => page.evaluate(() => document.body.dataset.expoStart)

/**
 * `#root` as a canonical outline, once the page has settled after the first screen: attributes
 * sorted, React's generated ids numbered by first appearance (a server and a browser spell them
 * differently), and form controls by the state they show rather than the attribute they started
 * from (the server marks the selected option with an attribute, the browser sets a property).
 */
async function rootMarkup(page: Page): Promise<string> {
  await waitReady(page)
  return page.evaluate(() => {
    const ids = new Map<string, string>()
    const id = (text: string) =>
      text.replace(/_[rR]_[0-9a-zA-Z]+_/g, (raw) => {
        if (!ids.has(raw)) ids.set(raw, `id${ids.size}`)
        return ids.get(raw)!
      })
    const lines: string[] = []
    const walk = (node: Node, depth: number) => {
      const indent = ' '.repeat(depth)
      if (node instanceof Text) {
        if (node.data.trim()) lines.push(indent + JSON.stringify(node.data))
        return
      }
      if (!(node instanceof Element)) return
      const attributes = [...node.attributes]
        .filter((a) => a.name !== 'selected' && a.name !== 'value' && a.name !== 'checked')
        .map((a) => `${a.name}=${JSON.stringify(id(a.value))}`)
        .sort()
      if (node instanceof HTMLOptionElement) attributes.push(`:selected=${node.selected}`)
      if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement)
        attributes.push(`:value=${JSON.stringify(node.value)}`)
      lines.push(`${indent}<${node.localName} ${attributes.join(' ')}>`)
      for (const child of node.childNodes) walk(child, depth + 1)
    }
    // React's prerender writes image preloads at the top of the body; they do nothing once loaded.
    for (const child of document.getElementById('root')!.childNodes)
      if (!(child instanceof HTMLLinkElement && child.rel === 'preload')) walk(child, 0)
    return lines.join('\n')
  })
}

/** The same page served with its prerendered body taken out: the app renders it from nothing. */
async function renderedAfresh(path: string, options: { width?: number; locale?: string }) {
  const { page, errors } = await openPage(browserOf(), baseUrl, options)
  await page.route(`${baseUrl}${path.slice(1)}`, async (route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace(
      /<div id="root"[^>]*>[\s\S]*<\/div>(\s*<\/body>)/,
      '<div id="root"></div>$1',
    )
    await route.fulfill({ response, body: html })
  })
  await page.goto(`${baseUrl}${path.slice(1)}`)
  const markup = await rootMarkup(page)
  expect(await started(page)).toBe('rendered')
  expect(errors).toEqual([])
  await page.context().close()
  return markup
}

const PAGES: { path: string; width?: number; locale?: string }[] = [
  { path: '/en/' },
  { path: '/zh/', width: 390, locale: 'zh-CN' },
  { path: '/ar/city/baghdad-literature/', width: 390, locale: 'ar' },
  { path: '/fr/city/arequipa-gastronomy/arequipa-picanterias-reopen-protocols/' },
  { path: '/es/about/' },
  { path: '/ru/city/krakow-literature/', width: 390 },
]

describe('a prerendered page is hydrated, not replaced', () => {
  for (const { path, ...options } of PAGES)
    it(`${path}: the same nodes stay, and match the page rendered afresh`, async () => {
      const { page, errors } = await openPage(browserOf(), baseUrl, options)
      const warnings: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'warning' && m.text().includes('rendered afresh')) warnings.push(m.text())
      })
      await markPrerendered(page)
      await page.goto(`${baseUrl}${path.slice(1)}`)
      const hydrated = await rootMarkup(page)
      expect(warnings).toEqual([])
      expect(await started(page)).toBe('hydrated')
      expect(await kept(page)).toBe(true)
      expect(errors).toEqual([])
      await page.context().close()
      expect(hydrated).toBe(await renderedAfresh(path, options))
    })

  it('the English page at the site root is hydrated for an English visitor', async () => {
    const { page } = await openPage(browserOf(), baseUrl)
    await markPrerendered(page)
    await page.goto(baseUrl)
    await waitReady(page)
    expect(await started(page)).toBe('hydrated')
    expect(await kept(page)).toBe(true)
    expect(new URL(page.url()).pathname).toBe('/en/')
    await page.context().close()
  })

  it('the same root, for a visitor whose browser asks for Chinese, is replaced by the Chinese page', async () => {
    const { page, errors } = await openPage(browserOf(), baseUrl, { locale: 'zh-CN' })
    await markPrerendered(page)
    await page.goto(baseUrl)
    await waitReady(page)
    expect(await started(page)).toBe('replaced')
    expect(await kept(page)).toBe(false)
    expect(await page.locator('html').getAttribute('lang')).toBe('zh')
    await page.locator('#root h1', { hasText: '创意城市' }).first().waitFor()
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('an address with parameters is rendered for them (the filter it names applies)', async () => {
    const { page, errors } = await openPage(browserOf(), baseUrl)
    await page.goto(`${baseUrl}en/?field=music`)
    await waitReady(page)
    expect(await started(page)).toBe('replaced')
    const matches = await page.evaluate(() => window.__expo!.matches.cities)
    expect(matches.length).toBeGreaterThan(0)
    expect(matches.every((id) => id.endsWith('-music'))).toBe(true)
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('what the device can do is applied once hydrated: without WebGL the 3D button says why', async () => {
    const { page, errors } = await openPage(browserOf(), baseUrl)
    await refuseWebGL(page)
    await page.goto(`${baseUrl}en/`)
    await waitReady(page)
    expect(await started(page)).toBe('hydrated')
    await page.getByText('This device cannot draw the 3D ground').waitFor()
    const button = page.getByRole('button', { name: 'Expo ground' })
    const describedBy = await button.getAttribute('aria-describedby')
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('cannot draw')
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('on a device that runs 3D well, the 2D page is live first and the 3D ground arrives after', async () => {
    const { page, errors } = await openPage(browserOf(), baseUrl)
    // The renderer's name as a hardware GPU would give it (the app keeps software renderers in 2D).
    await page.addInitScript(() => {
      const original = WebGL2RenderingContext.prototype.getParameter
      WebGL2RenderingContext.prototype.getParameter = function (
        this: WebGL2RenderingContext,
        name: number,
      ) {
        if (name === 0x9246) return 'ANGLE (Test GPU)'
        return original.call(this, name) as unknown
      }
    })
    await page.goto(`${baseUrl}en/`)
    // Told it can draw 3D once live, the page goes to the ground (which then draws a frame).
    await page.waitForFunction(
      () => window.__expo?.view === '3d' && window.__expo.ready,
      undefined,
      {
        timeout: 60_000,
      },
    )
    expect(await started(page)).toBe('hydrated')
    expect(await page.evaluate(() => window.__expo!.frames)).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await page.context().close()
  })
})

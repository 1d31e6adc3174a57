/**
 * Chromium from npm (@sparticuz/chromium, SwiftShader WebGL) through playwright-core, with our own
 * flags (never `--disable-web-security`). Each page records console errors and every request
 * that leaves the site's origin, so a test can assert there were none.
 */
import { mkdirSync } from 'node:fs'
import sparticuz from '@sparticuz/chromium'
import { chromium, type Browser, type Page } from 'playwright-core'

export const SHOTS = 'test-results/screens'

export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? (await sparticuz.executablePath())
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-zygote',
      '--disable-dev-shm-usage',
    ],
  })
}

/** fiber 9.8 with three 0.187 logs this deprecation; known noise (STACK.md), filtered exactly. */
const KNOWN_NOISE = ['THREE.Clock: This module has been deprecated']

export interface Guarded {
  page: Page
  errors: string[]
  foreign: string[]
}

export async function openPage(
  browser: Browser,
  baseUrl: string,
  options: {
    width?: number
    height?: number
    locale?: string
    reducedMotion?: 'reduce' | 'no-preference'
    /**
     * The site's service worker is blocked unless a test is about it: requests a worker answers
     * never reach `page.route`, so the fault tests would race the worker's install.
     */
    serviceWorkers?: 'allow' | 'block'
  } = {},
): Promise<Guarded> {
  const context = await browser.newContext({
    serviceWorkers: options.serviceWorkers ?? 'block',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? 'en-GB',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    deviceScaleFactor: 1,
  })
  const page = await context.newPage()
  const origin = new URL(baseUrl).origin
  const errors: string[] = []
  const foreign: string[] = []
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return
    const text = message.text()
    if (message.type() === 'error' && !KNOWN_NOISE.some((n) => text.includes(n))) errors.push(text)
  })
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url)
  })
  return { page, errors, foreign }
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__expo?.ready === true, undefined, { timeout: 60_000 })
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/${name}.png` })
}

/**
 * Waits until the page has nothing left to load or draw (`__expo.loading` empty: parts, city
 * files, name tags, posters, a frame asked for), then until no frame has been drawn for `quiet`
 * ms, and returns the frame count at rest. The first wait is the signal; the second only confirms.
 */
export async function settle(page: Page, quiet = 700): Promise<number> {
  let last = -1
  for (let i = 0; i < 80; i++) {
    await page.waitForFunction(() => window.__expo!.loading.length === 0, undefined, {
      timeout: 60_000,
    })
    const frames = await page.evaluate(() => window.__expo!.frames)
    if (frames === last) return frames
    last = frames
    await page.waitForTimeout(quiet)
  }
  const loading = await page.evaluate(() => window.__expo!.loading)
  throw new Error(`the scene never came to rest (loading: ${loading.join(', ') || 'nothing'})`)
}

/** The fonts Chromium drew a node's text with (DevTools protocol): custom ones by family. */
export async function fontsUsedBy(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts.map((f) => (f.isCustomFont ? f.familyName : `system ${f.familyName}`))
  } finally {
    await cdp.detach()
  }
}

/** Sums the page's layout shifts (CLS, without those after input) from its first paint on. */
export async function trackLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number }
    w.shift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number
        hadRecentInput: boolean
      }[])
        if (!entry.hadRecentInput) w.shift += entry.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** The layout shift summed since `trackLayoutShift`. */
export const layoutShift = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { shift: number }).shift)

/**
 * Notes the moment the app mounts (`data-expo-mounted` on the body), for `requestedBeforeMount`.
 * Call before the page loads.
 */
export async function noteMount(page: Page): Promise<void> {
  await page.addInitScript(() => {
    performance.setResourceTimingBufferSize(5000)
    new MutationObserver((_, observer) => {
      if (document.body?.dataset.expoMounted !== 'true') return
      ;(window as unknown as { __expoMountedAt?: number }).__expoMountedAt = performance.now()
      observer.disconnect()
    }).observe(document, {
      attributes: true,
      subtree: true,
      attributeFilter: ['data-expo-mounted'],
    })
  })
}

/**
 * The addresses the page asked for before the app mounted (what its first screen needed), read
 * from the browser's own resource timeline: what it fetches ahead afterwards is not counted,
 * however soon the test hears of it.
 */
export async function requestedBeforeMount(page: Page): Promise<Set<string>> {
  await page.waitForFunction(
    () => (window as unknown as { __expoMountedAt?: number }).__expoMountedAt !== undefined,
  )
  const names = await page.evaluate(() => {
    const at = (window as unknown as { __expoMountedAt: number }).__expoMountedAt
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= at)
      .map((entry) => entry.name)
  })
  return new Set(names)
}

/**
 * Refuses WebGL to the page, as a browser without it would: every WebGL context after the first
 * `granted` ones is null (1 lets the app's probe pass and refuses three.js). Call before loading.
 */
export async function refuseWebGL(page: Page, granted = 0): Promise<void> {
  await page.addInitScript((allowed: number) => {
    const original = HTMLCanvasElement.prototype.getContext
    let calls = 0
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      kind: string,
      ...rest: unknown[]
    ) {
      if (/webgl/.test(kind) && calls++ >= allowed) return null
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, kind, ...rest)
    } as typeof original
  }, granted)
}

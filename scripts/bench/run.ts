/**
 * `npm run bench` (SPEC §8): builds the site for synthetic catalogues of 50, 400 and 2,000 cities,
 * loads each in headless Chromium, and records for the 3D ground and the 2D view: bytes before the
 * first frame (by kind, raw and gzip), time to the first frame, frame times over a scripted
 * fly-through, draw calls and triangles, JS heap. Prints a table; writes bench/results.json.
 * Measure ratios and medians from one run: these machines are noisy.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { format, resolveConfig } from 'prettier'
import { preview } from 'vite'
import type { Browser, Page } from 'playwright-core'
import { launch, noteMount, requestedBeforeMount } from '../../tests/e2e/browser.ts'
import { BUDGETS } from './budgets.ts'
import { buildSite } from './buildSite.ts'
import { writeSyntheticContent } from './synthetic.ts'

// Parts of a run, for quick measurements: BENCH_SIZES=2000 BENCH_VIEWS=3d npm run bench
const SIZES = (process.env.BENCH_SIZES ?? '50,400,2000').split(',').map(Number)
const VIEWS = (process.env.BENCH_VIEWS ?? '3d,2d')
  .split(',')
  .filter((v): v is '3d' | '2d' => v === '3d' || v === '2d')

type Kind = 'js' | 'css' | 'json' | 'font' | 'other'
/** The catalogue index on its own (its parts and the city files are other JSON). */
const INDEX = /\/catalogue\/index\.[0-9a-f]{10}\.json(\?|$)/
type Bytes = Record<Kind, { raw: number; gzip: number }>

function kindOf(url: string): Kind {
  if (/\.m?js(\?|$)/.test(url)) return 'js'
  if (/\.css(\?|$)/.test(url)) return 'css'
  if (/\.json(\?|$)/.test(url)) return 'json'
  if (/\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'font'
  return 'other'
}

const quantile = (values: number[], q: number) => {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return (
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10
  )
}

async function load(browser: Browser, url: string, view: '2d' | '3d') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page: Page = await context.newPage()
  await page.addInitScript(() => localStorage.setItem('creative-cities-expo:hints-seen', '1'))
  const bytes: Bytes = {
    js: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    json: { raw: 0, gzip: 0 },
    font: { raw: 0, gzip: 0 },
    other: { raw: 0, gzip: 0 },
  }
  const index = { raw: 0, gzip: 0 }
  let counting = true
  const responses = new Map<string, Promise<{ raw: number; gzip: number } | null>>()
  page.on('response', (response) => {
    if (!counting) return
    responses.set(
      response.url(),
      response.body().then(
        (body) => ({ raw: body.length, gzip: gzipSync(body).length }),
        () => null,
      ),
    )
  })
  await noteMount(page)
  await page.goto(`${url}#/?view=${view}`)
  // 2D: the first screen is shown once the app has mounted (what it then fetches ahead is not
  // counted: see requestedBeforeMount); 3D: everything until the first frame.
  await page.waitForFunction(() => window.__expo?.ready === true, undefined, { timeout: 120_000 })
  counting = false
  const before = view === '2d' ? await requestedBeforeMount(page) : null
  for (const [address, size] of responses) {
    const got = await size
    if (!got || (before && !before.has(address))) continue
    const k = kindOf(address)
    bytes[k].raw += got.raw
    bytes[k].gzip += got.gzip
    if (INDEX.test(address)) Object.assign(index, got)
  }
  const first = await page.evaluate(() => ({
    readyAt: performance.now(),
    firstFrameAt: window.__expo!.firstFrameAt,
    renderer: window.__expo!.renderer,
    heap:
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
      null,
  }))
  let frameTimes: number[] = []
  let ground = first.renderer
  if (view === '3d') {
    // The ground at rest (culled to the view, name tags drawn), as a visitor first sees it.
    await page.waitForFunction(() => window.__expo!.labels.length > 0, undefined, {
      timeout: 120_000,
    })
    ground = await atRest(page)
    // A scripted fly-through: into three pavilions and out again, flights back to back.
    const ids = await page.evaluate(() =>
      window
        .__expo!.pavilionScreenPoints()
        .map((p) => p.id)
        .slice(0, 3),
    )
    for (const id of ids) {
      for (const hash of [`#/city/${id}?view=3d`, '#/?view=3d']) {
        await page.evaluate((h) => (location.hash = h), hash)
        await page.waitForTimeout(2200)
      }
    }
    frameTimes = await page.evaluate(() => window.__expo!.frameTimes)
  }
  let search: { loadMs: number; keystroke: { median: number | null; max: number | null } } | null =
    null
  if (view === '2d') {
    // The search box: loading it once, then each keystroke of a typed query (and a typo).
    search = await page.evaluate(async () => {
      const hooks = window.__expo!
      const start = performance.now()
      await hooks.search('city')
      const loadMs = Math.round(performance.now() - start)
      const times: number[] = []
      for (const typed of ['city 12', 'ville 7', 'cty 3', '城市1', 'festival']) {
        for (let n = 1; n <= typed.length; n++) {
          const t0 = performance.now()
          await hooks.search(typed.slice(0, n))
          times.push(performance.now() - t0)
        }
      }
      times.sort((a, b) => a - b)
      // No named helper here: tsx would wrap it in a __name() the page does not have.
      const median = Math.round((times[Math.floor(0.5 * (times.length - 1))] ?? 0) * 10) / 10
      const max = Math.round((times[times.length - 1] ?? 0) * 10) / 10
      return { loadMs, keystroke: { median, max } }
    })
  }
  await context.close()
  return {
    bytes,
    index,
    firstFrameMs: Math.round(view === '3d' ? (first.firstFrameAt ?? NaN) : first.readyAt),
    frameMs: {
      median: quantile(frameTimes, 0.5),
      p95: quantile(frameTimes, 0.95),
      samples: frameTimes.length,
    },
    drawCalls: ground.calls,
    triangles: ground.triangles,
    heapMB: first.heap === null ? null : Math.round((first.heap / 1048576) * 10) / 10,
    search,
  }
}

/** The renderer's counters once no frame has been drawn for 700 ms (flights and loads over). */
async function atRest(page: Page) {
  let last = -1
  for (let i = 0; i < 120; i++) {
    const frames = await page.evaluate(() => window.__expo!.frames)
    if (frames === last) break
    last = frames
    await page.waitForTimeout(700)
  }
  return page.evaluate(() => window.__expo!.renderer)
}

const kb = (n: number) => `${Math.round(n / 1024)}`

type Result = Record<string, unknown> & { cities: number; view: '2d' | '3d' }

/** Each budget of issue 11 that the bench can measure, as "ok" or "OVER" lines. */
function checkBudgets(results: Result[]): string[] {
  const find = (cities: number, view: '2d' | '3d') =>
    results.find((r) => r.cities === cities && r.view === view)
  const lines: string[] = []
  const verdict = (what: string, value: number | null | undefined, budget: number) =>
    lines.push(
      value === null || value === undefined
        ? `not measured: ${what} (budget ${budget})`
        : `${value <= budget ? 'ok  ' : 'OVER'} ${what}: ${Math.round(value * 100) / 100} (budget ${budget})`,
    )
  for (const [cities, budget] of Object.entries(BUDGETS.indexKB)) {
    const r = find(Number(cities), '2d')
    verdict(
      `index at ${cities} cities, kB gz`,
      r && (r.index as { gzip: number }).gzip / 1024,
      budget,
    )
  }
  const script = results.filter((r) => r.view === '2d').map((r) => (r.bytes as Bytes).js.gzip)
  verdict(
    '2D first-screen script, kB gz',
    script.length ? Math.max(...script) / 1024 : null,
    BUDGETS.firstScreenScriptKB,
  )
  verdict(
    'triangles at the ground, 2,000 cities',
    find(2000, '3d')?.triangles as number | undefined,
    BUDGETS.trianglesAt2000,
  )
  const p50 = (cities: number) =>
    (find(cities, '3d')?.frameMs as { median: number | null } | undefined)?.median
  const [small, large] = [p50(50), p50(2000)]
  verdict(
    'frame p50 at 2,000 over 50 cities',
    small && large ? large / small : null,
    BUDGETS.frameRatio,
  )
  return lines
}

/** Writes the table and the verdicts into the README, between its bench markers. */
async function writeReadmeTable(
  date: string,
  header: string[],
  rows: string[][],
  verdicts: string[],
) {
  const start = '<!-- bench:start -->'
  const end = '<!-- bench:end -->'
  const readme = readFileSync('README.md', 'utf8')
  const from = readme.indexOf(start)
  const to = readme.indexOf(end)
  if (from < 0 || to < from) return console.log(`README.md has no ${start} … ${end}: not written`)
  const table = [
    `Measured by \`npm run bench\` on ${date.slice(0, 10)} (${cpus().length} cores, ${cpus()[0]?.model ?? 'CPU'}, SwiftShader WebGL):`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    ...verdicts.map((line) => `- \`${line}\``),
  ].join('\n')
  const text = `${readme.slice(0, from + start.length)}\n\n${table}\n\n${readme.slice(to)}`
  // Written as Prettier writes Markdown (padded table columns), so the lint stays green.
  const options = await resolveConfig('README.md')
  writeFileSync('README.md', await format(text, { ...options, filepath: 'README.md' }))
  console.log('wrote the table into README.md')
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'expo-bench-'))
  const browser = await launch()
  const results: Result[] = []
  try {
    for (const size of SIZES) {
      const content = join(root, `c${size}`, 'content')
      const dist = join(root, `c${size}`, 'dist')
      writeSyntheticContent(content, size)
      await buildSite(content, dist)
      const server = await preview({
        configFile: false,
        build: { outDir: dist },
        preview: { port: 4500 + (size % 97), host: '127.0.0.1' },
        logLevel: 'warn',
      })
      const url = server.resolvedUrls?.local[0] ?? ''
      for (const view of VIEWS)
        results.push({ cities: size, view, ...(await load(browser, url, view)) })
      await server.close()
    }
  } finally {
    await browser.close()
  }
  const header = [
    'cities',
    'view',
    'JS kB raw/gz',
    'index kB gz',
    'JSON kB raw/gz',
    'fonts kB',
    'CSS kB raw/gz',
    'first frame ms',
    'frame ms p50',
    'p95',
    'calls',
    'triangles',
    'heap MB',
    'search load ms',
    'keystroke ms p50/max',
  ]
  const rows = results.map((r) => {
    const b = r.bytes as Bytes
    const f = r.frameMs as { median: number | null; p95: number | null }
    const search = r.search as { loadMs: number; keystroke: { median: number; max: number } } | null
    return [
      r.cities,
      r.view,
      `${kb(b.js.raw)}/${kb(b.js.gzip)}`,
      kb((r.index as { gzip: number }).gzip),
      `${kb(b.json.raw)}/${kb(b.json.gzip)}`,
      `${kb(b.font.raw)}`,
      `${kb(b.css.raw)}/${kb(b.css.gzip)}`,
      r.firstFrameMs,
      f.median ?? '–',
      f.p95 ?? '–',
      r.drawCalls,
      r.triangles,
      r.heapMB ?? '–',
      search ? `${search.loadMs}` : '–',
      search ? `${search.keystroke.median}/${search.keystroke.max}` : '–',
    ].map(String)
  })
  console.log(header.join(' | '))
  for (const row of rows) console.log(row.join(' | '))
  const verdicts = checkBudgets(results)
  for (const line of verdicts) console.log(line)
  const date = new Date().toISOString()
  await writeReadmeTable(date, header, rows, verdicts)
  mkdirSync('bench', { recursive: true })
  writeFileSync(
    join('bench', 'results.json'),
    JSON.stringify({ date, results, budgets: verdicts }, null, 2) + '\n',
  )
  console.log('wrote bench/results.json')
}

await main()

/**
 * Where the compiled catalogue lives: the build writes its hashed address into a meta tag.
 * Fetching is here. A file as the build wrote it is read as it is (catalogue/built.ts); any other
 * is checked by catalogue/load.ts, fetched then.
 */
import { asBuilt, builtCity, builtIndex } from '../catalogue/built'
import type { PartName } from '../catalogue/parts'
import type { Notice } from '../catalogue/load'
import type { SearchFile, SearchLabels } from '../catalogue/search'
import { selectCity } from '../state/derived'
import { catalogueAddress } from './catalogueAddress'
import type { ExpoStore } from '../state/store'

let indexUrl: URL | undefined

function fromMeta(): URL | undefined {
  const address = catalogueAddress()
  return address ? new URL(address, document.baseURI) : undefined
}

/** How long one request may take, ms, and the pauses before the retries. */
const TIMEOUT = 15_000
const BACKOFF = [600, 2000]

/** The timeout, shortened only by the end-to-end tests' `__expoTestSettings` (README). */
function timeoutMs(): number {
  const wanted = window.__expoTestSettings?.fetchTimeoutMs
  return typeof wanted === 'number' && wanted >= 100 && wanted < TIMEOUT ? wanted : TIMEOUT
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    statusText: string,
  ) {
    super(`${status} ${statusText}`)
  }
}

/** A file's text (for its fingerprint: ../catalogue/built) and what it says. */
interface Fetched {
  text: string
  data: unknown
}

/** The validator (zod and the schemas), fetched only for a file the build did not write as is. */
const validator = () => import('../catalogue/load')

async function fetchOnce(url: URL): Promise<Fetched> {
  const controller = new AbortController()
  const timeout = timeoutMs()
  const timer = setTimeout(() => controller.abort(), timeout)
  try {
    const response = await fetch(url, { signal: controller.signal })
    if (!response.ok) throw new HttpError(response.status, response.statusText)
    const text = await response.text()
    try {
      return { text, data: JSON.parse(text) as unknown }
    } catch {
      // A connection cut mid-way, or a proxy's error page: say so rather than quote the parser.
      throw new Error(`the file arrived cut short or is not JSON (${text.length} characters)`)
    }
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`no answer in ${timeout / 1000} s`)
    throw error
  } finally {
    clearTimeout(timer)
  }
}

/**
 * A JSON file, with a timeout, and retried with growing pauses when the network or the server
 * failed (not when the file is missing or refused: that will not change by waiting).
 */
async function fetchJson(url: URL): Promise<Fetched> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url)
    } catch (error) {
      const final = (error instanceof HttpError && error.status < 500) || isOffline(error)
      const pause = BACKOFF[attempt]
      if (final || pause === undefined) throw error
      await new Promise((resolve) => setTimeout(resolve, pause))
    }
  }
}

/**
 * The browser says it is offline, and the request failed on the network (fetch rejects with a
 * TypeError; so does a service worker that has no copy): waiting will not help, no retries.
 */
function isOffline(error: unknown): boolean {
  return error instanceof TypeError && typeof navigator !== 'undefined' && !navigator.onLine
}

const failure = (where: string, error: unknown): Notice => ({
  where,
  message: error instanceof Error ? error.message : String(error),
})

export async function loadCatalogue(store: ExpoStore, address?: string): Promise<void> {
  const url = address ? new URL(address, document.baseURI) : fromMeta()
  if (!url)
    return store.getState().failCatalogue([{ where: 'page', message: 'no catalogue address' }])
  try {
    const { text, data } = await fetchJson(url)
    const parsed = (await asBuilt(url, text))
      ? builtIndex(data)
      : (await validator()).parseIndex(data, url.pathname.split('/').pop())
    if (parsed.ok) {
      indexUrl = url
      store.getState().setCatalogue(parsed.value, parsed.notices)
    } else store.getState().failCatalogue(parsed.notices)
  } catch (error) {
    store.getState().failCatalogue([failure(url.pathname, error)])
  }
}

/** Loads one part of the index (titles, network, narration) and merges it in. */
export async function loadPart(store: ExpoStore, name: PartName): Promise<void> {
  const { catalogue, parts } = store.getState()
  if (!catalogue || !indexUrl || parts[name] === 'loading' || parts[name] === 'ready') return
  store.getState().setPartStatus(name, 'loading')
  const file = catalogue.parts[name]
  try {
    const [{ parsePart }, { data }] = await Promise.all([
      validator(),
      fetchJson(new URL(file, indexUrl)),
    ])
    const parsed = parsePart(name, data, file)
    if (!parsed.ok) {
      store.getState().setPartStatus(name, 'failed')
      store.getState().addNotices(parsed.notices)
    } else store.getState().addPart(catalogue, name, parsed.value, parsed.notices)
  } catch {
    // Failed, not for ever: the next view that asks for it tries again (and Reconnect does, when
    // the browser is back online). Not a notice: that bar is for content that was dropped, and
    // each view without the part still reads (a count of exhibits instead of their titles).
    store.getState().setPartStatus(name, 'failed')
  }
}

/** Loads the search texts and builds the full-text search (a lazy chunk: MiniSearch). */
export async function loadSearch(store: ExpoStore, labels: Omit<SearchLabels, 'fields'>) {
  const { catalogue, searchStatus } = store.getState()
  if (!catalogue?.search || !indexUrl || searchStatus === 'loading' || searchStatus === 'ready')
    return
  store.getState().setSearch('loading')
  try {
    const url = new URL(catalogue.search, indexUrl)
    const [{ createSearch }, { data }] = await Promise.all([
      import('../catalogue/search'),
      fetchJson(url),
    ])
    if (!isSearchFile(data)) throw new Error(`${catalogue.search}: not a search file`)
    const fields = Object.fromEntries(catalogue.fields.map((f) => [f.id, f.name]))
    // The catalogue may have changed while this loaded (dev server): keep only a matching one.
    if (store.getState().catalogue !== catalogue) return
    store.getState().setSearch('ready', createSearch(data, { ...labels, fields }))
  } catch (error) {
    store.getState().setSearch('failed')
    store.getState().addNotices([failure('search', error)])
  }
}

function isSearchFile(data: unknown): data is SearchFile {
  const file = data as Partial<SearchFile> | null
  return (
    typeof file === 'object' &&
    file !== null &&
    file.version === 1 &&
    Array.isArray(file.docs) &&
    file.docs.every(
      (d) =>
        typeof d?.id === 'string' &&
        typeof d.cityId === 'string' &&
        typeof d.name?.en === 'string' &&
        typeof d.summary?.en === 'string',
    )
  )
}

export async function loadCity(store: ExpoStore, id: string): Promise<void> {
  const { catalogue, cities } = store.getState()
  const summary = catalogue ? selectCity(store.getState(), id) : undefined
  if (
    !summary ||
    !indexUrl ||
    cities.get(id)?.status === 'loading' ||
    cities.get(id)?.status === 'ready'
  )
    return
  store.getState().setCity(id, { status: 'loading' })
  const url = new URL(summary.file, indexUrl)
  try {
    const { text, data } = await fetchJson(url)
    const parsed = (await asBuilt(url, text))
      ? builtCity(data)
      : (await validator()).parseCity(data, summary.file)
    store.getState().addNotices(parsed.notices)
    store
      .getState()
      .setCity(
        id,
        parsed.ok
          ? { status: 'ready', city: parsed.value }
          : { status: 'failed', message: parsed.notices[0]?.message ?? '' },
      )
  } catch (error) {
    const { message } = failure(summary.file, error)
    store.getState().setCity(id, { status: 'failed', message, offline: isOffline(error) })
  }
}

/** In the dev server, content edits arrive without a reload. */
export function watchCatalogue(store: ExpoStore): void {
  const initial = document.getElementById('expo-content-errors')?.textContent
  if (initial) store.getState().setContentErrors(JSON.parse(initial) as string[])
  if (!import.meta.hot) return
  import.meta.hot.on(
    'expo:catalogue',
    (data: { index: string }) => void loadCatalogue(store, data.index),
  )
  import.meta.hot.on('expo:content-errors', (data: { errors: string[] }) =>
    store.getState().setContentErrors(data.errors),
  )
}

/**
 * `embed.js`: the `<creative-cities-expo>` custom element (SPEC §7). Until the visitor clicks it
 * or presses Enter, it is a light preview (picture, name, button): no iframe, no cookie, no
 * request but to the exhibition's origin. Then it holds `embed.html` in a responsive iframe,
 * relays its events as DOM events and offers methods that return promises. No React, no three:
 * only the protocol module is shared with the exhibition.
 */
import { command, readReply, type CommandName, type ExpoEvent } from '../embed/protocol'
import { EMBED_PARAMS, embedQuery, type EmbedParams } from '../embed/query'

/** The exhibition's base address: where this script was served from. */
const BASE = new URL(/* @vite-ignore */ '.', import.meta.url)
/** The element's attributes are the embed's query parameters. */
const ATTRIBUTES = EMBED_PARAMS
const TIMEOUT = 10_000

let counter = 0

const STYLE = `:host{display:block;position:relative;inline-size:100%;max-inline-size:100%;font:16px/1.4 system-ui,sans-serif;color:#1b1b1f}
.preview{all:unset;box-sizing:border-box;display:grid;grid-template-rows:1fr auto;inline-size:100%;block-size:100%;cursor:pointer;background:#f7f3ec;border:1px solid #ddd4c4;border-radius:14px;overflow:hidden}
.preview:focus-visible{outline:3px solid #1b1b1f;outline-offset:2px}
.preview img{inline-size:100%;block-size:100%;min-block-size:0;object-fit:cover;display:block}
.bar{display:flex;align-items:center;justify-content:space-between;gap:.75rem;padding:.6rem .9rem;background:#fffdf9}
.name{font-weight:700;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.go{flex:none;display:inline-flex;align-items:center;background:#1b1b1f;color:#f7f3ec;border-radius:999px;padding:.35rem .9rem;font-weight:600}
iframe{display:block;inline-size:100%;block-size:100%;border:0;border-radius:14px;background:#f7f3ec}`

/** The preview button's words, in the embed's language (the element carries only these). */
const EXPLORE: Record<string, string> = {
  en: 'explore the exhibition here',
  fr: 'explorer l’exposition ici',
  zh: '在此浏览展览',
  es: 'explorar la exposición aquí',
  ar: 'استكشف المعرض هنا',
  ru: 'открыть выставку здесь',
}

interface Pending {
  resolve: () => void
  reject: (error: Error) => void
  timer: ReturnType<typeof setTimeout>
}

export class CreativeCitiesExpo extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES, 'height', 'loading']
  /** At most one embed draws in 3D at a time: the one the visitor last brought to life. */
  static live3d: CreativeCitiesExpo | null = null
  private root: ShadowRoot
  private frame: HTMLIFrameElement | null = null
  private ready: Promise<void> | null = null
  private markReady: (() => void) | null = null
  private pending = new Map<string, Pending>()
  private title_ = ''

  constructor() {
    super()
    this.root = this.attachShadow({ mode: 'open' })
  }

  connectedCallback() {
    this.size()
    if (this.getAttribute('loading') === 'eager') this.activate()
    else this.preview()
    window.addEventListener('message', this.onMessage)
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage)
    if (CreativeCitiesExpo.live3d === this) CreativeCitiesExpo.live3d = null
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null) {
    if (before === after || !this.isConnected) return
    if (name === 'height') return this.size()
    if (!this.frame)
      return name === 'loading' && after === 'eager' ? this.activate() : this.preview()
    // A live frame follows its attributes through the protocol, as a partner's script would.
    const a = (key: string) => this.getAttribute(key) ?? ''
    if (name === 'city' || name === 'initiative')
      void this.send('goTo', [a('city'), a('initiative') || null]).catch(() => undefined)
    else if (name === 'lang') void this.send('setLanguage', [a('lang')]).catch(() => undefined)
    else if (name === 'field' || name === 'sdg')
      void this.send('setFilter', [{ field: a('field'), sdg: a('sdg') }]).catch(() => undefined)
    else if (name === 'tour') void this.send('startTour', [a('tour')]).catch(() => undefined)
  }

  goTo(cityId: string, initiativeId?: string): Promise<void> {
    return this.send('goTo', [cityId, initiativeId ?? null])
  }
  setLanguage(lang: string): Promise<void> {
    return this.send('setLanguage', [lang])
  }
  setFilter(filter: { field?: string; sdg?: string }): Promise<void> {
    return this.send('setFilter', [{ field: filter.field ?? '', sdg: filter.sdg ?? '' }])
  }
  startTour(tourId: string): Promise<void> {
    return this.send('startTour', [tourId])
  }

  private params(): EmbedParams {
    const params: EmbedParams = {}
    for (const key of ATTRIBUTES) {
      const value = this.getAttribute(key)
      if (value) params[key] = value
    }
    return params
  }

  private size() {
    const height = Number(this.getAttribute('height'))
    this.style.blockSize = height > 0 ? `${Math.max(240, height)}px` : ''
    if (!(height > 0)) this.style.aspectRatio = '16 / 10'
    else this.style.aspectRatio = ''
  }

  private preview() {
    this.frame = null
    this.ready = null
    const {
      city,
      initiative,
      lang = document.documentElement.lang.slice(0, 2) || 'en',
    } = this.params()
    const button = document.createElement('button')
    button.className = 'preview'
    button.type = 'button'
    const picture = document.createElement('img')
    picture.alt = ''
    picture.src = new URL(
      initiative
        ? `assets/og/exhibit-${initiative}.png`
        : city
          ? `assets/og/city-${city}.png`
          : 'assets/og/expo.png',
      BASE,
    ).href
    const bar = document.createElement('span')
    bar.className = 'bar'
    const name = document.createElement('span')
    name.className = 'name'
    name.textContent = this.title_ || 'Creative Cities Expo'
    const go = document.createElement('span')
    go.className = 'go'
    go.innerHTML =
      '<svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true"><path d="M3 1.5v9l7-4.5z" fill="currentColor"/></svg>'
    bar.append(name, go)
    button.append(picture, bar)
    const explore = EXPLORE[lang] ?? EXPLORE.en
    button.setAttribute('aria-label', `${name.textContent}: ${explore}`)
    button.addEventListener('click', () => this.activate())
    const style = document.createElement('style')
    style.textContent = STYLE
    this.root.replaceChildren(style, button)
    // The name, in the page's language, from the exhibition's own oEmbed file (same origin).
    const where = initiative && city ? `city/${city}/${initiative}` : city ? `city/${city}` : 'expo'
    void fetch(new URL(`oembed/${lang}/${where}.json`, BASE), { credentials: 'omit' })
      .then((r) => (r.ok ? (r.json() as Promise<{ title?: unknown }>) : null))
      .then((data) => {
        if (typeof data?.title !== 'string' || this.frame) return
        this.title_ = data.title
        name.textContent = data.title
        button.setAttribute('aria-label', `${data.title}: ${explore}`)
      })
      .catch(() => undefined)
  }

  /** Replaces the preview with the live exhibition (the visitor clicked, or loading="eager"). */
  activate() {
    if (this.frame) return
    const params = this.params()
    if (params.view !== '2d') {
      const other = CreativeCitiesExpo.live3d
      if (other && other !== this) other.preview()
      CreativeCitiesExpo.live3d = this
    }
    const frame = document.createElement('iframe')
    const query = embedQuery(params)
    frame.src = new URL(`embed.html${query ? `?${query}` : ''}`, BASE).href
    frame.title = this.title_ || 'Creative Cities Expo'
    frame.allow = 'fullscreen'
    frame.referrerPolicy = 'strict-origin-when-cross-origin'
    this.frame = frame
    this.ready = new Promise((resolve) => (this.markReady = resolve))
    const style = document.createElement('style')
    style.textContent = STYLE
    this.root.replaceChildren(style, frame)
    if (document.activeElement === this) frame.focus()
  }

  private send(name: CommandName, args: Parameters<typeof command>[2]): Promise<void> {
    this.activate()
    const id = `c${++counter}`
    return (this.ready ?? Promise.resolve()).then(
      () =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => {
            this.pending.delete(id)
            reject(new Error(`${name}: no reply in ${TIMEOUT / 1000} s`))
          }, TIMEOUT)
          this.pending.set(id, { resolve, reject, timer })
          this.frame?.contentWindow?.postMessage(command(id, name, args), BASE.origin)
        }),
    )
  }

  private onMessage = (e: MessageEvent) => {
    if (!this.frame || e.source !== this.frame.contentWindow || e.origin !== BASE.origin) return
    const read = readReply(e.data)
    if ('ignored' in read) return
    const message = read.message
    if (message.type === 'result') {
      const waiting = this.pending.get(message.id)
      if (!waiting) return
      this.pending.delete(message.id)
      clearTimeout(waiting.timer)
      if (message.ok) waiting.resolve()
      else waiting.reject(new Error(message.error ?? 'refused'))
    } else if (message.type === 'event') {
      if (message.name === 'expo-ready') this.markReady?.()
      this.dispatch(message)
    }
  }

  private dispatch(message: ExpoEvent) {
    this.dispatchEvent(
      new CustomEvent(message.name, { detail: message.detail, bubbles: true, composed: true }),
    )
  }
}

if (!customElements.get('creative-cities-expo'))
  customElements.define('creative-cities-expo', CreativeCitiesExpo)

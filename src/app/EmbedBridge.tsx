/**
 * The embedded page's side of the protocol (SPEC §7): commands only from the parent window and,
 * where exhibition.json lists allowed origins, only from those; replies and events posted to the
 * parent's origin, never to "*", and nothing at all to a parent that is not allowed. Anything
 * malformed is ignored with one console warning per kind.
 */
import { useEffect } from 'react'
import {
  event as eventMessage,
  originAllowed,
  readCommand,
  result,
  type Command,
  type Message,
} from '../embed/protocol'
import { isUiLanguage } from '../i18n/detect'
import { stopPlace } from '../layout/tour'
import { FIELDS, SDG11_TARGETS } from '../catalogue/vocabulary'
import { selectCity, selectInitiativeMap, selectTour } from '../state/derived'
import { selectCityId, selectInitiativeId } from '../state/selectors'
import type { ExpoStore } from '../state/store'
import { useExpoStore } from '../state/useExpo'

export interface EmbedBridgeProps {
  /** The parent page's origin, as far as the browser tells (ancestorOrigins, referrer). */
  parentOrigin: string | null
  isReady: () => boolean
}

const warned = new Set<string>()
function warnOnce(why: string) {
  if (warned.has(why)) return
  warned.add(why)
  console.warn(`creative-cities-expo: a message was ignored: ${why}`)
}

/** Runs a command on the store; an error message when it cannot. */
export function runCommand(store: ExpoStore, command: Command): string | null {
  const state = store.getState()
  const [first, second] = command.args
  switch (command.name) {
    case 'goTo': {
      if (typeof first !== 'string' || !selectCity(state, first))
        return `no pavilion "${String(first)}"`
      if (typeof second === 'string') {
        if (selectInitiativeMap(state).get(second)?.city.id !== first)
          return `no exhibit "${second}" in "${first}"`
        state.goTo({ name: 'initiative', cityId: first, initiativeId: second })
      } else state.goTo({ name: 'city', cityId: first })
      return null
    }
    case 'setLanguage':
      if (typeof first !== 'string' || !isUiLanguage(first)) return `no language "${String(first)}"`
      state.setLanguage(first)
      state.setParams({ lang: first })
      return null
    case 'setFilter': {
      const filter = typeof first === 'object' && first !== null ? first : {}
      const field = filter.field || undefined
      const sdg = filter.sdg || undefined
      if (field && !(FIELDS as readonly string[]).includes(field)) return `no field "${field}"`
      if (sdg && !(SDG11_TARGETS as readonly string[]).includes(sdg)) return `no target "${sdg}"`
      state.setParams({ field: field as never, sdg: sdg as never })
      return null
    }
    case 'startTour': {
      const tour = typeof first === 'string' ? selectTour(state, first) : undefined
      if (!tour) return `no tour "${String(first)}"`
      state.setTourPaused(false)
      state.goTo(stopPlace(tour, 0), { tour: tour.id, stop: 0 })
      return null
    }
  }
}

export function EmbedBridge({ parentOrigin, isReady }: EmbedBridgeProps) {
  const store = useExpoStore()
  useEffect(() => {
    if (window.parent === window || !parentOrigin) return
    const origin = parentOrigin
    const allowed = () =>
      originAllowed(origin, store.getState().catalogue?.exhibition.embed?.allowedOrigins)
    const post = (message: Message) => {
      if (allowed()) window.parent.postMessage(message, origin)
    }
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent) return
      if (e.origin !== origin || !allowed()) return warnOnce(`origin ${e.origin} is not allowed`)
      const read = readCommand(e.data)
      if ('ignored' in read) return warnOnce(read.ignored)
      const error = runCommand(store, read.message)
      post(result(read.message.id, error === null, error ?? undefined))
      if (error) post(eventMessage('expo-error', { message: error }))
    }
    window.addEventListener('message', onMessage)

    // Events: ready once, then every move and language change.
    let announced = false
    let place = ''
    let language = store.getState().language
    const watch = () => {
      const state = store.getState()
      if (!announced) {
        if (!isReady()) return
        announced = true
        place = `${selectCityId(state) ?? ''}/${selectInitiativeId(state) ?? ''}`
        post(eventMessage('expo-ready', { lang: state.language }))
        return
      }
      const now = `${selectCityId(state) ?? ''}/${selectInitiativeId(state) ?? ''}`
      if (now !== place) {
        place = now
        post(
          eventMessage('expo-navigate', {
            city: selectCityId(state) ?? null,
            initiative: selectInitiativeId(state) ?? null,
          }),
        )
      }
      if (state.language !== language) {
        language = state.language
        post(eventMessage('expo-language', { lang: language }))
      }
      if (state.catalogueStatus === 'failed')
        post(eventMessage('expo-error', { message: 'the exhibition could not be loaded' }))
    }
    const unsubscribe = store.subscribe(watch)
    // The first frame (3D) or the first render (2D) makes the page ready outside the store.
    const timer = window.setInterval(() => {
      watch()
      if (announced) window.clearInterval(timer)
    }, 100)
    watch()
    return () => {
      window.removeEventListener('message', onMessage)
      unsubscribe()
      window.clearInterval(timer)
    }
  }, [store, parentOrigin, isReady])
  return null
}

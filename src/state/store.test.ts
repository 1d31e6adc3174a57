import { describe, expect, it } from 'vitest'
import { selectCityId, selectInitiativeId, selectView } from './selectors'
import { createExpoStore } from './store'

describe('navigation', () => {
  it('goes to a place, keeping the parameters, as a history push', () => {
    const store = createExpoStore()
    store.getState().setParams({ lang: 'fr', field: 'film' })
    expect(store.getState().routeSource).toBe('replace')
    store.getState().goTo({ name: 'city', cityId: 'busan-film' })
    const { route, routeSource } = store.getState()
    expect(route).toEqual({
      place: { name: 'city', cityId: 'busan-film' },
      params: { lang: 'fr', field: 'film' },
    })
    expect(routeSource).toBe('push')
    expect(selectCityId(store.getState())).toBe('busan-film')
    expect(selectInitiativeId(store.getState())).toBeUndefined()
  })

  it('removes a parameter set to undefined and ignores a change to the same route', () => {
    const store = createExpoStore()
    store.getState().setParams({ q: 'jazz' })
    store.getState().setParams({ q: undefined })
    expect(store.getState().route.params).toEqual({})
    const before = store.getState().route
    store.getState().goTo({ name: 'ground' })
    expect(store.getState().route).toBe(before)
  })

  it('takes a route from the location without writing history', () => {
    const store = createExpoStore()
    store.getState().syncFromLocation({
      place: { name: 'initiative', cityId: 'a', initiativeId: 'b' },
      params: {},
    })
    expect(store.getState().routeSource).toBe('location')
    expect(selectInitiativeId(store.getState())).toBe('b')
  })
})

describe('view', () => {
  it('follows the device unless the address says otherwise, and never forces 3D without WebGL', () => {
    const store = createExpoStore()
    store.getState().setCapabilities({ autoView: '2d', webgl: true, reducedMotion: false })
    expect(selectView(store.getState())).toBe('2d')
    store.getState().setParams({ view: '3d' })
    expect(selectView(store.getState())).toBe('3d')
    store.getState().setCapabilities({ autoView: '2d', webgl: false, reducedMotion: false })
    expect(selectView(store.getState())).toBe('2d')
  })
})

describe('catalogue', () => {
  it('keeps the last good catalogue when a reload fails', () => {
    const store = createExpoStore()
    store.getState().failCatalogue([{ where: 'index', message: 'offline' }])
    expect(store.getState().catalogueStatus).toBe('failed')
    const index = { version: 1 } as never
    store.getState().setCatalogue(index, [])
    store.getState().failCatalogue([{ where: 'index', message: 'offline' }])
    expect(store.getState().catalogueStatus).toBe('ready')
    expect(store.getState().catalogue).toBe(index)
    expect(store.getState().notices).toHaveLength(1)
  })

  it('loads a part once asked, merges it into its own index only, and asks again after a new index', () => {
    const store = createExpoStore()
    const parts = { titles: 't.json', network: 'n1.json', narration: 'r.json' }
    const first = { version: 2, parts, network: [] } as never
    store.getState().setCatalogue(first, [])
    expect(store.getState().parts.network).toBe('idle')
    store.getState().wantPart('network')
    expect(store.getState().parts.network).toBe('wanted')
    const second = { version: 2, parts: { ...parts, network: 'n2.json' }, network: [] } as never
    store.getState().setCatalogue(second, [])
    // Asked for before: wanted again for the new index; the others stay idle.
    expect(store.getState().parts).toEqual({ titles: 'idle', network: 'wanted', narration: 'idle' })
    const member = { id: 'x' } as never
    store.getState().addPart(first, 'network', [member], [])
    expect(store.getState().catalogue?.network).toEqual([])
    store.getState().addPart(second, 'network', [member], [])
    expect(store.getState().catalogue?.network).toEqual([member])
    expect(store.getState().parts.network).toBe('ready')
  })

  it('records each city file as it loads', () => {
    const store = createExpoStore()
    store.getState().setCity('a', { status: 'loading' })
    store.getState().setCity('b', { status: 'failed', message: '404' })
    expect([...store.getState().cities.keys()]).toEqual(['a', 'b'])
  })
})

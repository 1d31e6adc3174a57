import { describe, expect, it } from 'vitest'
import type { CatalogueIndex } from '../catalogue/compiled'
import { selectStands, turnStands } from './stands'
import { createExpoStore } from './store'

/** A catalogue with one city of `count` exhibits: only what the stands read from it. */
function storeWith(count: number) {
  const initiatives = Array.from({ length: count }, (_, i) => ({ id: `x-${i}` }))
  const catalogue = { cities: [{ id: 'big', initiatives }] } as unknown as CatalogueIndex
  return createExpoStore({ catalogue })
}

describe('pages of stands', () => {
  it('starts on the first page and turns within the pages there are', () => {
    const store = storeWith(20)
    store.getState().goTo({ name: 'city', cityId: 'big' })
    expect(selectStands(store.getState(), 'big')).toEqual({
      page: 0,
      pages: 3,
      start: 0,
      size: 8,
      count: 20,
    })
    turnStands(store.getState(), -1)
    expect(selectStands(store.getState(), 'big').page).toBe(0)
    turnStands(store.getState(), 1)
    turnStands(store.getState(), 1)
    turnStands(store.getState(), 1)
    expect(selectStands(store.getState(), 'big')).toMatchObject({ page: 2, start: 16, size: 4 })
    // Turning pages in the room does not change the address.
    expect(store.getState().route.place).toEqual({ name: 'city', cityId: 'big' })
  })

  it('shows the page of the exhibit in the address, and moves on with it', () => {
    const store = storeWith(24)
    store.getState().goTo({ name: 'initiative', cityId: 'big', initiativeId: 'x-13' })
    expect(selectStands(store.getState(), 'big').page).toBe(1)
    turnStands(store.getState(), 1)
    expect(store.getState().route.place).toEqual({
      name: 'initiative',
      cityId: 'big',
      initiativeId: 'x-16',
    })
    expect(selectStands(store.getState(), 'big').page).toBe(2)
    store.getState().goTo({ name: 'initiative', cityId: 'big', initiativeId: 'x-2' })
    expect(selectStands(store.getState(), 'big').page).toBe(0)
  })

  it('keeps one page for a small city, and pages of another city are its own', () => {
    const store = storeWith(5)
    store.getState().goTo({ name: 'city', cityId: 'big' })
    turnStands(store.getState(), 1)
    expect(selectStands(store.getState(), 'big')).toMatchObject({ page: 0, pages: 1, size: 5 })
    store.getState().setStands('other', 2)
    expect(selectStands(store.getState(), 'big').page).toBe(0)
  })
})

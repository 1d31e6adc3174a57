/** Facts about the real catalogue in content/, checked against the research data's counts. */
import { beforeAll, describe, expect, it } from 'vitest'
import { FIELDS } from '../../src/catalogue/vocabulary.ts'
import { checkContent, type Content } from './validate.ts'

let content: Content

beforeAll(() => {
  const result = checkContent('content')
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([])
  content = result.content!
})

describe('the catalogue', () => {
  it('holds at least the 106 researched initiatives in 85 cities, and the additions since', () => {
    expect(content.cities.length).toBeGreaterThanOrEqual(85)
    expect(content.cities.flatMap((c) => c.initiatives).length).toBeGreaterThanOrEqual(106)
  })

  it('covers all seven creative fields', () => {
    expect(new Set(content.cities.map((c) => c.field))).toEqual(new Set(FIELDS))
  })

  it('credits at least one https source for every initiative', () => {
    for (const initiative of content.cities.flatMap((c) => c.initiatives))
      expect(initiative.links.length, initiative.id).toBeGreaterThan(0)
  })

  it('has at least five guided tours whose stops all resolve', () => {
    expect(content.exhibition.tours.length).toBeGreaterThanOrEqual(5)
    for (const tour of content.exhibition.tours)
      for (const stop of tour.stops) {
        const city = content.cities.find((c) => c.id === stop.city)
        expect(city, `${tour.id} → ${stop.city}`).toBeDefined()
        if (stop.initiative) expect(city!.initiatives.map((i) => i.id)).toContain(stop.initiative)
      }
  })

  it('lists the whole network, with the 2020 members marked', () => {
    expect(content.network.cities.length).toBeGreaterThanOrEqual(350)
    expect(content.network.cities.filter((c) => c.member2020)).toHaveLength(246)
    const ids = new Set(content.network.cities.map((c) => c.id))
    for (const city of content.cities) expect(ids, city.id).toContain(city.id)
  })

  it('is fully translated into French and Chinese for titles, summaries and narrations', () => {
    const { coverage } = checkContent('content')
    for (const kind of ['titles', 'summaries', 'narrations'])
      for (const lang of ['fr', 'zh'] as const)
        expect(coverage[kind]?.[lang].done, `${kind} ${lang}`).toBe(coverage[kind]?.[lang].total)
  })
})

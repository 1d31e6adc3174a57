import { describe, expect, it } from 'vitest'
import { createFileCache } from './fileCache.ts'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('the per-file check cache', () => {
  it('computes once per file, kind and content; again when the bytes change', () => {
    const cache = createFileCache()
    const kind = {}
    let runs = 0
    const check = (text: string) => cache.get('a.json', kind, bytes(text), () => ++runs)
    expect(check('{"a":1}')).toBe(1)
    expect(check('{"a":1}')).toBe(1)
    expect(check('{"a":2}')).toBe(2)
    expect(check('{"a":1}')).toBe(1)
    expect(cache.get('b.json', kind, bytes('{"a":1}'), () => ++runs)).toBe(3)
    expect(cache.get('a.json', {}, bytes('{"a":1}'), () => ++runs)).toBe(4)
  })

  it('keeps the hash of each file as last read', () => {
    const cache = createFileCache()
    cache.get('a.json', {}, bytes('1'), () => 0)
    const first = cache.hashes.get('a.json')
    cache.get('a.json', {}, bytes('2'), () => 0)
    expect(cache.hashes.get('a.json')).toMatch(/^[0-9a-f]{16}$/)
    expect(cache.hashes.get('a.json')).not.toBe(first)
  })
})

import { describe, expect, it } from 'vitest'
import { changedSince, refuseMalformedAddress } from './vite-plugin-catalogue.ts'

/** Calls the middleware with a fake request and response; returns what a browser would get. */
function answer(url: string) {
  const headers = new Map<string, string>()
  const sent = { status: 200, body: '', passedOn: false }
  const res = {
    statusCode: 200,
    setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value),
    end(body: string) {
      sent.status = this.statusCode
      sent.body = body
    },
  }
  refuseMalformedAddress({ url }, res, () => {
    sent.passedOn = true
  })
  return { ...sent, type: headers.get('content-type') }
}

describe('the dev server, given an address anyone can type', () => {
  it.each(['/%E0%A4%A', '/%', '/fr/city/%zz/', '/?q=50%', '/%E0%A4'])(
    'answers %s with a 400 and one plain line, no stack trace',
    (url) => {
      const got = answer(url)
      expect(got.passedOn).toBe(false)
      expect(got.status).toBe(400)
      expect(got.type).toBe('text/plain; charset=utf-8')
      expect(got.body).toMatch(/^Bad request: [^\n]+\n$/)
      expect(got.body).not.toMatch(/\/work|node_modules|\bat\b.*:\d+/)
    },
  )

  it.each(['/', '/fr/city/krakow-literature/', '/%E0%A4%A8', '/?q=50%25', '/a%20b'])(
    'passes %s on to the site',
    (url) => expect(answer(url)).toMatchObject({ passedOn: true, body: '' }),
  )
})

describe('the recompiled signal', () => {
  it('names the files whose hash changed since the last signal, once', () => {
    const announced = new Map([['a.json', '1']])
    const now = new Map([
      ['a.json', '1'],
      ['b.json', '2'],
    ])
    expect(changedSince(announced, now)).toEqual({ 'b.json': '2' })
    expect(changedSince(announced, now)).toEqual({})
    now.set('a.json', '3')
    expect(changedSince(announced, now)).toEqual({ 'a.json': '3' })
  })
})

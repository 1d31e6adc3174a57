import { describe, expect, it } from 'vitest'
import { parseCity } from './load'

const text = { en: 'x' }
const photo = (web: Record<string, unknown>) => ({
  id: 'photo',
  title: text,
  summary: text,
  sdg11: ['11.4'],
  practices: ['public-space'],
  links: [{ url: 'https://example.org', label: 'A' }],
  media: [{ type: 'image', src: 'assets/photos/a.jpg', alt: text, web }],
})
const variants = [{ src: 'assets/generated/images/a.0123456789-640.webp', width: 640 }]
const web = {
  avif: variants,
  webp: variants,
  fallback: 'assets/generated/images/a.0123456789-640.jpg',
  placeholder: 'data:image/webp;base64,AAAA',
  width: 640,
  height: 480,
}
const city = (initiative: unknown) => ({
  id: 'alpha',
  name: text,
  country: 'FR',
  field: 'music',
  designated: 2014,
  location: { lat: 1, lon: 2 },
  introduction: text,
  initiatives: [initiative],
})

describe('the messages zod words itself', () => {
  it('are in English where a schema gives none (zod/mini brings no locale)', () => {
    expect(parseCity(city(photo(web)), 'alpha.json').notices).toEqual([])
    const parsed = parseCity(
      city(
        photo({
          ...web,
          fallback: 'photo.jpg',
          placeholder: `${web.placeholder}${'A'.repeat(2048)}`,
          webp: [],
        }),
      ),
      'alpha.json',
    )
    const at = 'alpha.json: /initiatives/0/media/0/web'
    expect(parsed.notices).toEqual([
      { where: `${at}/webp`, message: 'Too small: expected array to have >=1 items' },
      {
        where: `${at}/fallback`,
        message: `Invalid string: must match pattern ${String(/^assets\/generated\/images\/[a-z0-9-]+\.[0-9a-f]{10}-\d+\.(?:avif|webp|jpg)$/)}`,
      },
      {
        where: `${at}/placeholder`,
        message: 'Too big: expected string to have <=2048 characters',
      },
    ])
  })
})

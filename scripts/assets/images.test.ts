import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import i18next from 'i18next'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import sharp from 'sharp'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { CompiledImage } from '../../src/catalogue/compiled.ts'
import { parseCity } from '../../src/catalogue/load.ts'
import { StoreContext } from '../../src/state/StoreContext'
import { createExpoStore } from '../../src/state/store.ts'
import { Picture } from '../../src/ui/Picture.tsx'
import { compile } from '../content/compile.ts'
import { fixtureFolder } from '../content/fixtures.ts'
import { imageInfo, readImageInfo } from '../content/images-check.ts'
import { checkContent, type Content } from '../content/validate.ts'

/** The format a file really is, by its magic bytes (not by our own header reader). */
function magic(bytes: Uint8Array): string {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to))
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg'
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp'
  if (ascii(4, 8) === 'ftyp' && ascii(8, 12) === 'avif') return 'avif'
  return 'unknown'
}

/** A photo-like test image: a gradient with a few shapes, so encoders have something to do. */
async function photo(width: number, height: number) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g"><stop offset="0" stop-color="#C8553D"/><stop offset="1" stop-color="#2F5DA8"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/><circle cx="40%" cy="50%" r="20%" fill="#F7F3EC"/></svg>`
  return sharp(Buffer.from(svg))
}

let content: Content
let publicDir: string

beforeAll(async () => {
  const dir = fixtureFolder()
  publicDir = join(dirname(dir), 'public')
  const photos = join(publicDir, 'assets', 'photos')
  await (await photo(2000, 1500)).png().toFile(join(photos, 'Big_Hall.png'))
  await (await photo(300, 200)).jpeg().toFile(join(photos, 'small.jpg'))
  // Stored 300 × 200 but shown turned a quarter (EXIF orientation 6), as phones write them.
  await (
    await photo(300, 200)
  )
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toFile(join(photos, 'turned.jpg'))
  writeFileSync(join(photos, 'drawing.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  const checked = checkContent(dir)
  expect(checked.problems).toEqual([])
  content = checked.content!
  const alt = { en: 'A photo', fr: 'Une photo', zh: '照片' }
  content.cities[0]!.initiatives[0]!.media!.push(
    ...['Big_Hall.png', 'small.jpg', 'turned.jpg', 'drawing.svg'].map((name) => ({
      type: 'image' as const,
      src: `assets/photos/${name}`,
      alt,
    })),
  )
})

/** A fresh copy of the generator module, so nothing comes from its in-memory cache. */
async function freshImages() {
  vi.resetModules()
  return import('./images.ts')
}

describe('the images generator', () => {
  it('makes AVIF and WebP at 320, 640 and 1280 px, a 640 px JPEG, and never enlarges', async () => {
    const { images } = await freshImages()
    const { files } = await images(content)
    const names = [...files.keys()].map((name) => name.replace(/\.[0-9a-f]{10}-/, '.#-')).sort()
    expect(names).toEqual(
      [
        ...['big-hall.#-320', 'big-hall.#-640', 'big-hall.#-1280'].flatMap((n) => [
          `${n}.avif`,
          `${n}.webp`,
        ]),
        'big-hall.#-640.jpg',
        'small.#-300.avif',
        'small.#-300.webp',
        'small.#-300.jpg',
        'stage.#-8.avif',
        'stage.#-8.webp',
        'stage.#-8.jpg',
        'turned.#-200.avif',
        'turned.#-200.webp',
        'turned.#-200.jpg',
      ]
        .map((name) => `assets/generated/images/${name}`)
        .sort(),
    )
    for (const [name, bytes] of files) {
      const [, width, format] = /-(\d+)\.(\w+)$/.exec(name) ?? []
      expect(magic(bytes as Uint8Array), name).toBe(format)
      const meta = await sharp(bytes as Uint8Array).metadata()
      expect(meta.width, name).toBe(Number(width))
      if (name.includes('turned')) expect(meta.height, name).toBe(300)
      if (name.includes('big-hall')) expect(meta.height, name).toBe((Number(width) * 3) / 4)
    }
  }, 120_000)

  it('is deterministic: the same originals give the same names and bytes', async () => {
    const first = (await (await freshImages()).images(content)).files
    const second = (await (await freshImages()).images(content)).files
    expect([...second.keys()]).toEqual([...first.keys()])
    for (const [name, bytes] of first) expect(second.get(name), name).toEqual(bytes)
  }, 180_000)

  it('describes each version for the page, with a tiny placeholder', async () => {
    const { webImages } = await freshImages()
    const web = webImages(content)
    expect([...web.keys()]).toEqual([
      'assets/photos/stage.png',
      'assets/photos/Big_Hall.png',
      'assets/photos/small.jpg',
      'assets/photos/turned.jpg',
    ])
    const big = web.get('assets/photos/Big_Hall.png')!
    expect(big.avif.map((v) => v.width)).toEqual([320, 640, 1280])
    expect(big.webp.map((v) => v.width)).toEqual([320, 640, 1280])
    expect(big.fallback).toMatch(/^assets\/generated\/images\/big-hall\.[0-9a-f]{10}-640\.jpg$/)
    expect([big.width, big.height]).toEqual([1280, 960])
    expect(web.get('assets/photos/turned.jpg')).toMatchObject({ width: 200, height: 300 })
    for (const [src, { placeholder }] of web) {
      expect(placeholder, src).toMatch(/^data:image\/webp;base64,/)
      expect(placeholder.length, src).toBeLessThan(1024)
      const bytes = Buffer.from(placeholder.split(',')[1]!, 'base64')
      expect(magic(bytes)).toBe('webp')
      expect((await sharp(bytes).metadata()).width).toBeLessThanOrEqual(16)
    }
    expect(webImages(content)).toEqual(web)
  }, 60_000)

  it('carries the versions into the compiled city file, which the runtime accepts', () => {
    const compiled = compile(content)
    const [name, text] = [...compiled.files].find(([file]) => file.startsWith('cities/'))!
    const parsed = parseCity(JSON.parse(text), name)
    expect(parsed.notices).toEqual([])
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const media = parsed.value.initiatives[0]!.media!
    const web = media.map((item) => (item.type === 'image' ? item.web?.webp.length : undefined))
    expect(web).toEqual([1, 3, 1, 1, undefined])
  }, 60_000)
})

describe('the image header reader', () => {
  it('reads the format by content and the pixel size from the header', async () => {
    const png = await (await photo(7000, 10)).png().toBuffer()
    const webp = await (await photo(640, 480)).webp().toBuffer()
    const lossless = await (await photo(64, 48)).webp({ lossless: true }).toBuffer()
    const avif = await (await photo(64, 48)).avif().toBuffer()
    expect(imageInfo(png)).toEqual({ format: 'png', width: 7000, height: 10 })
    expect(imageInfo(webp)).toEqual({ format: 'webp', width: 640, height: 480 })
    expect(imageInfo(lossless)).toEqual({ format: 'webp', width: 64, height: 48 })
    expect(imageInfo(avif)).toEqual({ format: 'avif' })
    expect(readImageInfo(join(publicDir, 'assets/photos/small.jpg'))).toEqual({
      format: 'jpeg',
      width: 300,
      height: 200,
    })
    expect(readImageInfo(join(publicDir, 'assets/photos/turned.jpg'))).toEqual({
      format: 'jpeg',
      width: 200,
      height: 300,
    })
    const text = (s: string) => new TextEncoder().encode(s)
    expect(
      imageInfo(text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toEqual({
      format: 'svg',
    })
    expect(imageInfo(await (await photo(4, 4)).gif().toBuffer())).toBeUndefined()
    expect(imageInfo(text('just some notes'))).toBeUndefined()
    expect(imageInfo(new Uint8Array())).toBeUndefined()
  })
})

describe('<Picture>', () => {
  const render = async (image: CompiledImage, language: 'en' | 'fr' | 'zh') => {
    const i18n = i18next.createInstance()
    await i18n.init({
      lng: 'en',
      resources: { en: { translation: { exhibit: { illustration: 'Illustration' } } } },
    })
    const store = createExpoStore({ language })
    return renderToStaticMarkup(
      createElement(
        I18nextProvider,
        { i18n },
        createElement(StoreContext.Provider, { value: store }, createElement(Picture, { image })),
      ),
    )
  }

  it('offers AVIF and WebP by width, with the size, lazily, over a blurred preview', async () => {
    const { webImages } = await freshImages()
    const web = webImages(content).get('assets/photos/Big_Hall.png')!
    const html = await render(
      {
        type: 'image',
        src: 'assets/photos/Big_Hall.png',
        alt: { en: 'The hall', fr: 'La salle' },
        credit: 'Jan Kowalski',
        licence: 'CC BY 4.0',
        web,
      },
      'fr',
    )
    const avif = web.avif.map((v) => `${v.src} ${v.width}w`).join(', ')
    expect(html).toContain(`<source type="image/avif" srcSet="${avif}" sizes="`)
    expect(html).toContain('<source type="image/webp" srcSet="')
    expect(html).toMatch(
      new RegExp(
        `<img src="${web.fallback}" alt="La salle" lang="fr" width="1280" height="960" loading="lazy"`,
      ),
    )
    expect(html).toContain(`background-image:url(&quot;${web.placeholder}&quot;)`)
    expect(html).toContain('<figcaption>Jan Kowalski · CC BY 4.0</figcaption>')
  }, 60_000)

  it('falls back to English alt text and the original file, and says "illustration"', async () => {
    const html = await render(
      {
        type: 'image',
        src: 'assets/photos/drawing.svg',
        alt: { en: 'A drawing' },
        illustration: true,
      },
      'zh',
    )
    expect(html).not.toContain('<source')
    expect(html).toContain(
      'src="assets/photos/drawing.svg" alt="Illustration: A drawing" lang="en"',
    )
    expect(html).toContain('<figcaption>Illustration</figcaption>')
  })
})

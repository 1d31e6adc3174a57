import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { iconSvg, manifest, PAPER } from './manifest.ts'
import { skippedChunks } from './offline.ts'
import { precacheList } from './serviceWorker.ts'

function site(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'expo-precache-'))
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), 'x')
  }
  return dir
}

describe('what the worker installs', () => {
  const files = [
    'index.html',
    'en/index.html',
    'fr/index.html',
    'en/city/krakow-literature/index.html',
    'assets/index-DkhB4qt9.js',
    'assets/styles-lolTVafH.css',
    'assets/fr-BOa53bRs.js',
    'assets/ExpoCanvas-CQoUwfaO.js',
    'assets/embed-bnlHZkA2.js',
    'assets/inter-latin-400-normal-C38fXH4l.woff2',
    'assets/inter-latin-400-normal-CyCys3Eg.woff',
    'assets/inter-cyrillic-400-normal-obahsSVq.woff2',
    'assets/generated/fonts/fonts.09d78be3ef.css',
    'assets/generated/fonts/autonym-zh-400.7020f006fc.woff2',
    'assets/generated/fonts/noto-sans-sc-400.9c1f4bd6e2.woff2',
    'assets/generated/badges/sdg-11-4.svg',
    'assets/generated/posters/krakow-resilient-bookstores.svg',
    'catalogue/index.0123456789.json',
    'catalogue/index.9876543210.json',
    'catalogue/cities/krakow-literature.0123456789.json',
    'manifest.webmanifest',
  ]
  const list = precacheList({
    outDir: site(files),
    base: '/',
    indexFile: 'catalogue/index.0123456789.json',
    skipChunks: new Set(['assets/ExpoCanvas-CQoUwfaO.js', 'assets/embed-bnlHZkA2.js']),
    extra: ['manifest.webmanifest', 'assets/icons/icon-192.png'],
  })

  it('the shell, the languages, the Latin fonts, the badges and the index the pages name', () => {
    expect(list.sort()).toEqual(
      [
        'index.html',
        'en/index.html',
        'fr/index.html',
        'assets/index-DkhB4qt9.js',
        'assets/styles-lolTVafH.css',
        'assets/fr-BOa53bRs.js',
        'assets/inter-latin-400-normal-C38fXH4l.woff2',
        'assets/generated/fonts/fonts.09d78be3ef.css',
        'assets/generated/fonts/autonym-zh-400.7020f006fc.woff2',
        'assets/generated/badges/sdg-11-4.svg',
        'catalogue/index.0123456789.json',
        'manifest.webmanifest',
      ].sort(),
    )
  })
})

describe('the chunks left to run time', () => {
  it('are the 3D scene’s and the embed’s entry', () => {
    const chunk = (fileName: string, facadeModuleId: string | null, isEntry = false) => ({
      type: 'chunk' as const,
      fileName,
      facadeModuleId,
      isEntry,
      name: fileName.split('-')[0]?.replace('assets/', ''),
    })
    const skipped = skippedChunks({
      a: chunk('assets/ExpoCanvas-x.js', '/r/src/scene/ExpoCanvas.tsx'),
      b: chunk('assets/embed-x.js', '/r/embed.html', true),
      c: chunk('assets/index-x.js', '/r/index.html', true),
      d: chunk('assets/AboutPage-x.js', '/r/src/ui/about/AboutPage.tsx'),
      e: { type: 'asset' as const, fileName: 'assets/styles-x.css' },
    })
    expect([...skipped].sort()).toEqual(['assets/ExpoCanvas-x.js', 'assets/embed-x.js'])
  })
})

describe('the manifest', () => {
  it('names the exhibition, the paper colour and icons of both purposes, relative to the base', () => {
    const m = manifest({ name: 'Creative Cities Expo', shortName: 'Cities Expo', description: 'd' })
    expect(m).toMatchObject({
      name: 'Creative Cities Expo',
      short_name: 'Cities Expo',
      start_url: './',
      scope: './',
      theme_color: PAPER,
      background_color: PAPER,
    })
    const icons = m.icons as { src: string; sizes: string; purpose: string }[]
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '192x192 maskable',
      '512x512 maskable',
    ])
    expect(icons.every((i) => !i.src.startsWith('/'))).toBe(true)
  })

  it('a maskable icon keeps the emblem inside the safe circle (80% of the width)', () => {
    const emblem = readFileSync('public/assets/icons/favicon.svg', 'utf8')
    const rx = Number(/<rect[^>]* rx="([\d.]+)"/.exec(emblem)?.[1])
    const placed = /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"/.exec(
      iconSvg(emblem, 'maskable'),
    )
    const [x, y, width] = (placed?.slice(1) ?? []).map(Number) as [number, number, number]
    expect(x + width / 2).toBeCloseTo(16)
    expect(y + width / 2).toBeCloseTo(16)
    // The emblem is a rounded square: its farthest point from the centre lies on a corner's arc.
    const scale = width / 32
    const half = width / 2
    const farthest = (half - rx * scale) * Math.SQRT2 + rx * scale
    expect(farthest).toBeLessThanOrEqual(0.4 * 32)
    expect(iconSvg(emblem, 'any')).toBe(emblem)
  })
})

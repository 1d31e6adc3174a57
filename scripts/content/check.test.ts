import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatProblem } from '../../src/catalogue/issues.ts'
import { LIMITS } from '../../src/catalogue/limits.ts'
import { fixtureFolder } from './fixtures.ts'
import { checkContent } from './validate.ts'

const cwd = process.cwd()
afterEach(() => process.chdir(cwd))

/** Runs the check the way the CLI does: from the folder that holds content/ and public/. */
function lines(caseName?: string): string[] {
  const dir = fixtureFolder(caseName)
  process.chdir(dirname(dir))
  return checkContent('content').problems.map(formatProblem)
}

const CITY = 'content/cities/alpha-music.json'

describe('content check, one fixture per mistake class', () => {
  it('passes the base fixture with no problem at all', () => {
    expect(lines()).toEqual([])
  })

  it.each([
    [
      'json-syntax',
      [
        `${CITY}: /: JSON syntax error at line 4, column 1: a comma before "}" is not allowed: remove the last comma`,
      ],
    ],
    [
      'json-numbers',
      [
        `${CITY}: /: JSON syntax error at line 15, column 12: NaN is not a JSON number: write a number, or null`,
        'content/cities/beta-music.json: /: JSON syntax error at line 13, column 17: Infinity is not a JSON number: write a number, or null',
        'content/cities/gamma-music.json: /: JSON syntax error at line 16, column 12: -Infinity is not a JSON number: write a number, or null',
      ],
    ],
    ['json-bom', []],
    [
      'json-duplicates',
      [
        `${CITY}: /initiatives/0/title/en: "en" is given twice in this object, at line 30, column 9 and line 31, column 9: keep one`,
        `${CITY}: /initiatives/0/title: "title" is given twice in this object, at line 29, column 7 and line 49, column 7: keep one`,
        // The last one wins, as in JSON.parse: the check goes on with it.
        `${CITY}: /initiatives/0/title: warning: no fr, zh, es, ar, ru text yet (English is shown)`,
      ],
    ],
    [
      'json-deep',
      [
        `${CITY}: /: JSON syntax error at line 52, column 83: objects and lists are nested deeper than 64 levels`,
      ],
    ],
    [
      'json-encoding',
      [
        `${CITY}: /: the file is saved as UTF-16: save it as UTF-8`,
        'content/cities/beta-music.json: /: the file is not UTF-8 text (the first wrong byte is at line 39, column 31): save it as UTF-8',
      ],
    ],
    [
      'types',
      [
        `${CITY}: /designated: expected a number, got "2014"`,
        `${CITY}: /location/lat: must be at most 90, got number 120`,
        `${CITY}: /introduction: required: expected an object`,
        `${CITY}: /initiatives/0/title: required: expected an object`,
        `${CITY}: /initiatives/0/titel: unknown property "titel"`,
      ],
    ],
    [
      'vocabularies',
      [
        `${CITY}: /country: expected an ISO 3166-1 alpha-2 country code such as "FR", got "XX"`,
        `${CITY}: /field: expected one of "crafts-folk-art", "design", "film", "gastronomy", "literature", "media-arts", "music", got "crafts"`,
        `${CITY}: /initiatives/0/summary/de: unknown property "de" (text is given in en, fr, zh, es, ar, ru)`,
        `${CITY}: /initiatives/0/sdg11/0: expected one of "11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "11.7", "11.a", "11.b", "11.c", got "11.9"`,
        `${CITY}: /initiatives/0/practices/0: expected one of "digital-culture", "remote-education", "health-safety-design", "support-creative-workers", "food-solidarity", "public-space", "public-awareness", "community-wellbeing", "network-cooperation", "hybrid-events", "policy-monitoring", "urban-recovery-planning", got "dancing"`,
      ],
    ],
    [
      'ids',
      [
        `${CITY}: /id: must be kebab-case: lower-case letters, digits and single hyphens`,
        `${CITY}: /id: must equal the file name "alpha-music"`,
        `${CITY}: /initiatives/1/id: "alpha-online-concerts" is already used in ${CITY}`,
        'content/cities/beta-music.json: /id: must equal the file name "beta-music"',
        `content/cities/beta-music.json: /initiatives/0/id: "alpha-online-concerts" is already used in ${CITY}`,
      ],
    ],
    [
      'urls',
      [
        `${CITY}: /initiatives/0/links/0/url: must be an https:// address`,
        `${CITY}: /initiatives/0/links/1/url: must be an https:// address`,
        `${CITY}: /initiatives/0/links/2/url: must be an https:// address`,
      ],
    ],
    [
      'media',
      [
        `${CITY}: /initiatives/0/media/1/alt/en: required: expected text`,
        `${CITY}: /initiatives/0/media/0/src: no file at public/assets/photos/missing.jpg`,
        `${CITY}: /initiatives/0/media/1: warning: image has no credit`,
        `${CITY}: /initiatives/0/media/1: warning: image has no licence`,
        `${CITY}: /initiatives/0/media/2: warning: image has no credit`,
        `${CITY}: /initiatives/0/media/2: warning: image has no licence`,
      ],
    ],
    [
      'images',
      [
        `${CITY}: /initiatives/0/media/1/src: warning: image is 6400×4 px; keep originals under 6000 px on a side`,
        `${CITY}: /initiatives/0/media/2/src: warning: file is not a JPEG, PNG, WebP, AVIF or SVG image (judged by its content)`,
      ],
    ],
    [
      'svg',
      [
        `${CITY}: /initiatives/0/media/0/src: the SVG file has a <script> element, at line 3, column 3`,
        `${CITY}: /initiatives/0/media/1/src: the SVG file has an event-handler attribute onload, at line 1, column 41`,
        `${CITY}: /initiatives/0/media/2/src: the SVG file has a <foreignObject> element (it can hold a web page), at line 2, column 3`,
        `${CITY}: /initiatives/0/media/3/src: the SVG file refers to https://tracker.example/pixel.png outside the site, at line 2, column 10`,
        `${CITY}: /initiatives/0/media/3/src: the SVG file refers to //evil.example/g.svg#p outside the site, at line 3, column 9`,
        // An SVG under a raster name is read by its content.
        `${CITY}: /initiatives/0/media/5/src: the SVG file has a <script> element, at line 1, column 41`,
        // Referenced by nothing, but served at its address all the same.
        'public/assets/dropped.svg: /: the SVG file has a javascript: address, at line 2, column 4',
      ],
    ],
    [
      'hostile-ids',
      [
        `${CITY}: /initiatives/0/id: must be at most 64 characters`,
        ...['__proto__', 'toString', 'prototype'].map(
          (id, k) =>
            `${CITY}: /initiatives/0/otherCities/${k}: "${id}" is a name every JavaScript object already has: choose another id`,
        ),
        'content/cities/constructor.json: /id: "constructor" is a name every JavaScript object already has: choose another id',
        'content/exhibition.json: /tours/0/stops/0/initiative: city "alpha-music" has no initiative "alpha-online-concerts"',
      ],
    ],
    [
      'hostile-urls',
      [
        `${CITY}: /initiatives/0/media/0/title: warning: no fr, zh, es, ar, ru text yet (English is shown)`,
        `${CITY}: /initiatives/0/media/0/url: must not contain a user name or password (user:pass@)`,
        `${CITY}: /initiatives/0/links/0/url: must not contain a user name or password (user:pass@)`,
        `${CITY}: /initiatives/0/links/1/url: must not contain spaces (write %20)`,
        `${CITY}: /initiatives/0/links/2/url: must not contain control characters`,
        `${CITY}: /initiatives/0/links/3/url: must not contain invisible characters (direction marks, zero-width spaces)`,
        `${CITY}: /initiatives/0/links/4/url: must not contain invisible characters (direction marks, zero-width spaces)`,
        `${CITY}: /initiatives/0/links/5/url: must name a host after https://`,
        `${CITY}: /initiatives/0/links/6/url: is not a valid address`,
        `${CITY}: /initiatives/0/links/7/url: must be an https:// address`,
      ],
    ],
    [
      'invisible-text',
      [
        `${CITY}: /initiatives/0/body: warning: no zh, es, ar, ru text yet (English is shown)`,
        // In an address it is an error, and only that.
        `${CITY}: /initiatives/0/links/0/url: must not contain invisible characters (direction marks, zero-width spaces)`,
        `${CITY}: /initiatives/0/title/en: warning: invisible U+202E right-to-left override at character 8: remove it unless it is meant`,
        `${CITY}: /initiatives/0/summary/en: warning: invisible U+200B zero width space at character 9 (and 1 more): remove it unless it is meant`,
        // Not /initiatives/0/summary/ar: U+200E, the left-to-right mark, is Arabic typography.
        `${CITY}: /initiatives/0/media/0/credit: warning: invisible U+0007 control character at character 8: remove it unless it is meant`,
        `${CITY}: /initiatives/0/body/en: warning: invisible U+FEFF zero width no-break space at character 15: remove it unless it is meant`,
        `${CITY}: /initiatives/0/body/fr: warning: invisible U+2066 left-to-right isolate at character 10 (and 1 more): remove it unless it is meant`,
      ],
    ],
    [
      'limits',
      [
        'content/exhibition.json: /tours/0/stops/0/narration/en: must be at most 1000 characters, got 1001',
        `${CITY}: /initiatives/0/body: warning: no fr, zh, es, ar, ru text yet (English is shown)`,
        `${CITY}: /name/en: must be at most 120 characters, got 121`,
        `${CITY}: /introduction/fr: must be at most 2000 characters, got 2001`,
        `${CITY}: /initiatives/0/title/zh: must be at most 200 characters, got 201`,
        `${CITY}: /initiatives/0/summary/en: must be at most 2000 characters, got 2001`,
        `${CITY}: /initiatives/0/body/en: must be at most 8000 characters, got 8001`,
        `${CITY}: /initiatives/0/links/0/label: must be at most 300 characters, got 301`,
      ],
    ],
    [
      'crowded',
      [
        'content/cities/beta-music.json: /initiatives: a pavilion shows at most 24 initiatives, got 25',
      ],
    ],
    [
      'references',
      [
        `${CITY}: /initiatives/0/otherCities/1: no city "omega-music" in cities/ or network.json`,
        'content/exhibition.json: /tours/0/stops/1/city: no city "gamma-film" in cities/',
        'content/exhibition.json: /tours/0/stops/2/initiative: city "alpha-music" has no initiative "alpha-nothing"',
      ],
    ],
    [
      'site',
      [
        'content/exhibition.json: /site/url: warning: the site address should be https://, or link previews may not show',
      ],
    ],
    [
      'translations',
      [
        `${CITY}: /name: warning: no zh, es, ar, ru text yet (English is shown)`,
        `${CITY}: /initiatives/0/title: warning: no fr, es, ar, ru text yet (English is shown)`,
        `${CITY}: /initiatives/0/summary: warning: no fr, zh, es, ar, ru text yet (English is shown)`,
      ],
    ],
  ])('%s', (caseName, expected) => {
    expect(lines(caseName)).toEqual(expected)
  })

  it('refuses a file over the size limit without parsing it', () => {
    const dir = fixtureFolder()
    process.chdir(dirname(dir))
    writeFileSync(
      join('content', 'cities', 'alpha-music.json'),
      ' '.repeat(LIMITS.fileBytes + 1024 * 1024),
    )
    expect(checkContent('content').problems.map(formatProblem)).toEqual([
      `${CITY}: /: the file is 9.0 MB; a content file is at most 8.0 MB`,
    ])
  })

  it('reports a missing taxonomy file', () => {
    const dir = fixtureFolder()
    process.chdir(dirname(dir))
    execFileSync('rm', [join('content', 'sdg11.json')])
    expect(checkContent('content').problems.map(formatProblem)).toEqual([
      'content/sdg11.json: /: file is missing',
    ])
  })
})

describe('the content:check command', () => {
  const run = (args: string[]) => {
    try {
      return {
        code: 0,
        out: execFileSync(
          join(cwd, 'node_modules/.bin/tsx'),
          [join(cwd, 'scripts/content/check.ts'), ...args],
          {
            encoding: 'utf8',
            cwd: process.cwd(),
          },
        ),
      }
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string }
      return { code: failed.status, out: failed.stdout + failed.stderr }
    }
  }

  it('exits 1 with one line per problem and a coverage summary, never a stack trace', () => {
    const dir = fixtureFolder('translations')
    process.chdir(dirname(dir))
    const ok = run(['content'])
    expect(ok.code).toBe(0)
    expect(ok.out).toContain('coverage of summaries: fr 0% (0/1), zh 0% (0/1)')
    const bad = run([fixtureFolder('urls')])
    expect(bad.code).toBe(1)
    expect(bad.out).toMatch(
      /alpha-music\.json: \/initiatives\/0\/links\/0\/url: must be an https:\/\/ address/,
    )
    expect(bad.out).not.toMatch(/\bat .*\.ts:\d+/)
    const missing = run(['/nowhere/at/all'])
    expect(missing.code).toBe(1)
    expect(missing.out).not.toMatch(/\bat .*\.ts:\d+/)
  }, 30_000)

  it('prints the same problems as JSON with --json', () => {
    const result = run([fixtureFolder('urls'), '--json'])
    const report = JSON.parse(result.out) as {
      ok: boolean
      errors: number
      problems: { pointer: string }[]
    }
    expect(result.code).toBe(1)
    expect(report.ok).toBe(false)
    expect(report.errors).toBe(3)
    expect(report.problems.map((p) => p.pointer)).toEqual(
      [0, 1, 2].map((i) => `/initiatives/0/links/${i}/url`),
    )
  }, 30_000)
})

import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtureFolder } from './fixtures.ts'
import { checkContent } from './validate.ts'

const cwd = process.cwd()
function run(args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(
      join(cwd, 'node_modules/.bin/tsx'),
      [join(cwd, 'scripts/content/new.ts'), ...args],
      { encoding: 'utf8' },
    )
    return { code: 0, out }
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string }
    return { code: failed.status, out: failed.stdout + failed.stderr }
  }
}

describe('content:new', () => {
  it('scaffolds a network member from network.json, valid as written, and refuses to overwrite', () => {
    const dir = fixtureFolder()
    expect(run(['beta-design', '--dir', dir]).code).toBe(0)
    const city = JSON.parse(readFileSync(join(dir, 'cities/beta-design.json'), 'utf8')) as {
      country: string
      field: string
    }
    expect(city).toMatchObject({
      country: 'DE',
      field: 'design',
      designated: 2019,
      initiatives: [],
    })
    const { problems } = checkContent(dir, { publicDir: join(dirname(dir), 'public') })
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    const again = run(['beta-design', '--dir', dir])
    expect(again.code).toBe(1)
    expect(again.out).toContain('already exists')
  }, 30_000)

  it('asks for the facts of a city outside the network, and writes nothing without them', () => {
    const dir = fixtureFolder()
    const result = run(['newtown-music', '--dir', dir])
    expect(result.code).toBe(1)
    expect(result.out).toContain('--country XX')
    expect(existsSync(join(dir, 'cities/newtown-music.json'))).toBe(false)
    const flags = [
      '--name',
      'Newtown',
      '--country',
      'NZ',
      '--field',
      'music',
      '--year',
      '2025',
      '--lat=-41',
      '--lon=174',
    ]
    expect(run(['newtown-music', '--dir', dir, ...flags]).code).toBe(0)
  }, 30_000)
})

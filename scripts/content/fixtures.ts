/** Builds a content folder for a test: the base fixture with one case's files laid over it. */
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const FIXTURES = join(import.meta.dirname, 'fixtures')

export function fixtureFolder(caseName?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'expo-content-'))
  const dir = join(root, 'content')
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true })
  if (caseName) cpSync(join(FIXTURES, 'cases', caseName), dir, { recursive: true })
  // public/ sits beside content/, as in the repository; a case may add files to it.
  cpSync(join(dir, 'public'), join(root, 'public'), { recursive: true })
  return dir
}

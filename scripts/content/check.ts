/**
 * `npm run content:check [dir] [--json]`: every problem in a content folder, one line each as
 * `file: /json/pointer: message`, then the translation coverage. Exit 1 on any error.
 */
import { checkContent } from './validate.ts'
import { formatProblem } from '../../src/catalogue/issues.ts'
import { formatCoverage } from './coverage.ts'

const args = process.argv.slice(2)
const asJson = args.includes('--json')
const dir = args.find((a) => !a.startsWith('--')) ?? 'content'

try {
  const { problems, coverage } = checkContent(dir)
  const errors = problems.filter((p) => p.severity === 'error').length
  const warnings = problems.length - errors
  if (asJson) {
    console.log(JSON.stringify({ ok: errors === 0, errors, warnings, problems, coverage }, null, 2))
  } else {
    for (const problem of problems) console.log(formatProblem(problem))
    for (const line of formatCoverage(coverage)) console.log(line)
    console.log(
      errors === 0
        ? `content ok: ${dir} (${warnings} warning${warnings === 1 ? '' : 's'})`
        : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${dir}`,
    )
  }
  process.exitCode = errors === 0 ? 0 : 1
} catch (error) {
  // Only an unreadable folder gets here; say what, never a stack trace.
  console.error(
    `content check could not run on "${dir}": ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exitCode = 1
}

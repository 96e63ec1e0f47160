/**
 * `npm run check`: validates every page and data file. Prints one line per problem
 * (file:line field: message) and exits non-zero when there is any.
 */
import { resolve } from 'node:path'
import { checkProject } from '../toolkit/content/check'
import { formatProblem } from '../toolkit/content/problem'

const root = resolve(process.argv[2] ?? '.')
const { problems, pages } = checkProject(root)
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p))
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} found`)
  process.exit(1)
}
console.log(`✓ content check passed: ${pages} pages and all data files`)

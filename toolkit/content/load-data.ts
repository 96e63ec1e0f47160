import type { Collections } from './collections'
import { checkData } from './data-check'
import { readTree } from './load'
import { formatProblem } from './problem'

/** Reads and validates data/; throws with every problem, so a page is never built from bad data. */
export function loadData(dataDir: string): Collections {
  const { data, problems } = checkData(readTree(dataDir, (rel) => rel.endsWith('.json') && !rel.includes('/')))
  if (problems.length) throw new Error(`data/ is invalid:\n${problems.map(formatProblem).join('\n')}`)
  return data as Collections
}

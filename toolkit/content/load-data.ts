import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Collections } from './collections'
import { checkData } from './data-check'
import { readTree } from './load'
import { formatProblem } from './problem'
import { processShared } from '../common/process-shared'

/**
 * The configuration, the sidebars, the dynamic routes and the data loaders all need the data;
 * it is read and validated once per version of the files (keyed by their modification times,
 * so `npm run dev` still sees edits). The cache is shared by every copy of this module in the
 * process: VitePress bundles the configuration and each dynamic route file on its own.
 */
const cache = processShared('data', () => new Map<string, { key: string; data: Collections }>())

const versionOf = (dataDir: string) =>
  readdirSync(dataDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${f}:${statSync(join(dataDir, f)).mtimeMs}`)
    .join('|')

/** Reads and validates data/; throws with every problem, so a page is never built from bad data. */
export function loadData(dataDir: string): Collections {
  const key = versionOf(dataDir)
  const hit = cache.get(dataDir)
  if (hit?.key === key) return hit.data
  const { data, problems } = checkData(readTree(dataDir, (rel) => rel.endsWith('.json') && !rel.includes('/')))
  if (problems.length) throw new Error(`data/ is invalid:\n${problems.map(formatProblem).join('\n')}`)
  cache.set(dataDir, { key, data: data as Collections })
  return data as Collections
}

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { readProject, type ProjectFiles } from '../../../toolkit/content/check'
import { readTree } from '../../../toolkit/content/load'
import type { Problem } from '../../../toolkit/content/problem'

export const fixturesDir = resolve(import.meta.dirname, '../../fixtures/content')
const repoRoot = resolve(import.meta.dirname, '../../..')

/** The valid fixture project, with the real UI strings. */
export function baseProject(): ProjectFiles {
  return readProject(join(fixturesDir, 'base'), repoRoot)
}

export interface BrokenCase {
  name: string
  files: ProjectFiles
  expected: Problem[]
}

/**
 * A broken case is a folder of files laid over the base project (data/, docs/, i18n/) and an
 * expected.json with the problems the checker must report and, optionally, files to remove.
 */
export function brokenCases(): BrokenCase[] {
  const dir = join(fixturesDir, 'broken')
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const caseDir = join(dir, name)
      const spec = JSON.parse(readFileSync(join(caseDir, 'expected.json'), 'utf8')) as { remove?: string[]; problems: Problem[] }
      const files = baseProject()
      const overlay = readTree(caseDir, (rel) => rel !== 'expected.json')
      for (const [rel, text] of Object.entries(overlay)) {
        if (rel.startsWith('data/')) files.data[rel.slice(5)] = text
        else if (rel.startsWith('docs/')) files.docs[rel.slice(5)] = text
        else if (rel.endsWith('.patch.json') && rel.startsWith('i18n/')) {
          const lang = rel.slice(5, 7)
          files.ui[lang] = patchJson(files.ui[lang] ?? '{}', JSON.parse(text) as JsonPatch)
        } else if (rel.startsWith('i18n/')) files.ui[rel.slice(5).replace(/\.json$/, '')] = text
        else throw new Error(`${name}: overlay file ${rel} must be below data/, docs/ or i18n/`)
      }
      for (const rel of spec.remove ?? []) {
        if (rel.startsWith('data/')) delete files.data[rel.slice(5)]
        else if (rel.startsWith('docs/')) delete files.docs[rel.slice(5)]
        else throw new Error(`${name}: cannot remove ${rel}`)
      }
      if (!existsSync(caseDir)) throw new Error(name)
      return { name, files, expected: spec.problems }
    })
}

interface JsonPatch {
  delete?: string[]
  set?: Record<string, string>
}

/**
 * UI string cases change the real file (`i18n/en.patch.json`: keys to delete or set, as dotted
 * paths) instead of carrying a stale copy of it, so they keep testing the current strings.
 */
function patchJson(text: string, patch: JsonPatch): string {
  const value = JSON.parse(text) as Record<string, unknown>
  const parentOf = (path: string) => {
    const keys = path.split('.')
    const last = keys.pop() as string
    const parent = keys.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, value)
    return { parent, last }
  }
  for (const path of patch.delete ?? []) {
    const { parent, last } = parentOf(path)
    delete parent[last]
  }
  for (const [path, v] of Object.entries(patch.set ?? {})) {
    const { parent, last } = parentOf(path)
    parent[last] = v
  }
  return `${JSON.stringify(value, null, 2)}\n`
}

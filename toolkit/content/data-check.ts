import type { z } from 'zod'
import { collections, referencesOf, type CollectionName, type Collections } from './collections'
import { parseJsonWithLines } from './json-source'
import { problemsFromIssues } from './issues'
import { formatPath, type Problem } from './problem'

export interface DataCheckResult {
  data: Partial<Collections>
  problems: Problem[]
}

const isCollection = (name: string): name is CollectionName => Object.hasOwn(collections, name)

/** Validates every data file (name → text) against its schema and checks references between collections. */
export function checkData(files: Record<string, string>, dir = 'data'): DataCheckResult {
  const problems: Problem[] = []
  const data: Partial<Record<CollectionName, unknown>> = {}
  const locators: Partial<Record<CollectionName, (path: (string | number)[]) => number>> = {}
  /** Collections whose file exists but is broken: references into or out of them are not checked again. */
  const broken = new Set<string>()

  for (const [fileName, text] of Object.entries(files)) {
    const file = `${dir}/${fileName}`
    const name = fileName.replace(/\.json$/, '')
    if (!fileName.endsWith('.json') || !isCollection(name)) {
      problems.push({ file, line: 1, message: `unknown data collection; expected one of: ${Object.keys(collections).join(', ')}` })
      continue
    }
    const parsed = parseJsonWithLines(text)
    if (!parsed.ok) {
      problems.push({ file, line: parsed.line, message: parsed.message })
      broken.add(name)
      continue
    }
    const schema: z.ZodType = collections[name]
    const result = schema.safeParse(parsed.value, { reportInput: true })
    if (!result.success) {
      problems.push(...problemsFromIssues(result.error.issues, file, parsed.locate))
      broken.add(name)
      continue
    }
    data[name] = result.data
    locators[name] = parsed.locate
  }

  const typed = data as Partial<Collections>
  for (const ref of referencesOf(typed)) {
    if (broken.has(ref.target)) continue
    const target = typed[ref.target] as { id: string }[] | undefined
    if (target?.some((item) => item.id === ref.id)) continue
    const [collection, ...path] = ref.path as [CollectionName, ...(string | number)[]]
    problems.push({
      file: `${dir}/${collection}.json`,
      line: locators[collection]?.(path) ?? 1,
      field: formatPath(path),
      message: target ? `unknown ${ref.target} id "${ref.id}"` : `refers to ${ref.target} id "${ref.id}", but ${dir}/${ref.target}.json is missing`,
    })
  }
  return { data: typed, problems }
}

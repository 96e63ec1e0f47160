import type { z } from 'zod'
import { collections, referencesOf, type CollectionName, type Collections } from './collections'
import { parseJsonWithLines } from './json-source'
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
      continue
    }
    const schema: z.ZodType = collections[name]
    const result = schema.safeParse(parsed.value)
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol')
        problems.push({ file, line: parsed.locate(path), field: formatPath(path) || undefined, message: describeIssue(issue) })
      }
      continue
    }
    data[name] = result.data
    locators[name] = parsed.locate
  }

  const typed = data as Partial<Collections>
  for (const ref of referencesOf(typed)) {
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

/** zod's messages, made specific where the default says too little for an author. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `required field is missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${typeName(issue.input)}`
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'must not be empty' : issue.message
    default:
      return issue.message
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

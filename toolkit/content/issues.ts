import type { z } from 'zod'
import { formatPath, type Problem } from './problem'

type Path = (string | number)[]

/** zod's messages, made specific where the default says too little for an author. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `required field is missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${typeName(issue.input)}`
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

/**
 * Turns a schema error into problems located in the source file. An unknown field is
 * reported at its own line, one problem per field.
 */
export function problemsFromIssues(issues: z.core.$ZodIssue[], file: string, locate: (path: Path) => number, fallbackField?: string): Problem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol')
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ file, line: locate([...path, key]), field: formatPath([...path, key]), message: 'unknown field' }))
    return [{ file, line: locate(path), field: formatPath(path) || fallbackField, message: describeIssue(issue) }]
  })
}

/** One finding of the content checker: where it is and what is wrong, in words an author understands. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string
  /** 1-based line; 1 when the whole file is meant. */
  line: number
  /** The field or element concerned, e.g. `sources[0].url` or `link`. */
  field?: string
  message: string
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}${p.field ? ` ${p.field}` : ''}: ${p.message}`
}

/** `['sources', 0, 'url']` → `sources[0].url` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('')
}

export function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || (a.field ?? '').localeCompare(b.field ?? '')
}

import matter from 'gray-matter'
import { LineCounter, parse, parseDocument, isNode } from 'yaml'

export type SplitResult =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number; locate: (path: (string | number)[]) => number }
  | { ok: false; line: number; message: string }

/**
 * Splits a page into frontmatter and body with gray-matter (YAML 1.2 core schema, so dates stay
 * strings) and keeps a locator that maps a field path to its line in the file.
 */
export function splitPage(source: string): SplitResult {
  let file: matter.GrayMatterFile<string>
  try {
    file = matter(source, { engines: { yaml: (s: string) => (parse(s) ?? {}) as object } })
  } catch (e) {
    const err = e as { linePos?: { line: number }[]; message: string }
    // The YAML text starts right after the opening ---, so its line numbers are the file's.
    const line = err.linePos?.[0]?.line ?? 1
    return { ok: false, line, message: `frontmatter is not valid YAML: ${(err.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}` }
  }
  const data = file.data as unknown
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, line: 1, message: 'frontmatter must be a mapping of fields' }
  }
  const bodyLine = source.slice(0, source.length - file.content.length).split('\n').length
  const hasFrontmatter = source.startsWith('---')
  // Lines are looked up only for problems, so the frontmatter is parsed a second time, with
  // positions, only when the first problem asks for one.
  let located: { doc: ReturnType<typeof parseDocument>; counter: LineCounter } | undefined
  return {
    ok: true,
    data: data as Record<string, unknown>,
    body: file.content,
    bodyLine,
    locate(path) {
      if (!hasFrontmatter) return 1
      if (!located) {
        const counter = new LineCounter()
        located = { doc: parseDocument(file.matter, { lineCounter: counter, keepSourceTokens: true }), counter }
      }
      const { doc, counter } = located
      for (let p = path; ; p = p.slice(0, -1)) {
        const node = p.length === 0 ? undefined : doc.getIn(p, true)
        if (isNode(node) && node.range) return counter.linePos(node.range[0]).line
        if (p.length === 0) return 1
      }
    },
  }
}

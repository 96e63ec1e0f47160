import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'

/** Turns character offsets into 1-based line numbers. */
export function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++
  return line
}

const errorText: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'property name expected (in double quotes)',
  ValueExpected: 'value expected',
  ColonExpected: 'colon expected',
  CommaExpected: 'comma expected',
  CloseBraceExpected: 'closing brace } expected',
  CloseBracketExpected: 'closing bracket ] expected',
  EndOfFileExpected: 'end of file expected',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unexpected end of comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unexpected end of number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string',
}

export type JsonResult = { ok: true; value: unknown; locate: (path: (string | number)[]) => number } | { ok: false; line: number; message: string }

/**
 * Parses strict JSON (no comments, no trailing commas) and keeps the syntax tree so that a
 * schema error at a path can be reported at the line that holds it.
 */
export function parseJsonWithLines(text: string): JsonResult {
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true })
  if (errors.length > 0 || tree === undefined) {
    const first = errors[0]
    const code = first ? printParseErrorCode(first.error) : 'ValueExpected'
    const before = first ? text.slice(0, first.offset).trimEnd() : ''
    if (first && before.endsWith(',') && /^[}\]]/.test(text.slice(first.offset)))
      return { ok: false, line: lineAt(text, before.length - 1), message: 'malformed JSON: trailing comma is not allowed' }
    // A missing comma or colon belongs to the line before the next token.
    const at = first && (code === 'CommaExpected' || code === 'ColonExpected') ? before.length - 1 : (first?.offset ?? 0)
    return { ok: false, line: lineAt(text, at), message: `malformed JSON: ${errorText[code] ?? code}` }
  }
  // Also reject trailing commas, which the tree parser tolerates in recovery.
  try {
    JSON.parse(text)
  } catch (e) {
    return { ok: false, line: 1, message: `malformed JSON: ${(e as Error).message}` }
  }
  return {
    ok: true,
    value: JSON.parse(text) as unknown,
    locate(path) {
      // Walk up until a node exists: a missing property is reported where its object starts.
      for (let p = path; ; p = p.slice(0, -1)) {
        const node: Node | undefined = p.length === 0 ? tree : findNodeAtLocation(tree, p)
        if (node) return lineAt(text, (node.parent?.type === 'property' ? node.parent : node).offset)
        if (p.length === 0) return 1
      }
    },
  }
}

import Papa from 'papaparse'
import { fail, ok, type Result } from './result'

/** A cell a spreadsheet would run as a formula, possibly behind apostrophes we added before. */
const FORMULA_START = /^'*[=+\-@\t\r\n]/

/**
 * A cell a spreadsheet would run as a formula gets a leading apostrophe, which spreadsheets
 * show as text. `restoreCell` removes exactly one such apostrophe on import; a cell that
 * already started with apostrophes gets one more on export, so every text round-trips.
 */
export const neutraliseCell = (s: string) => (FORMULA_START.test(s) ? `'${s}` : s)
export const restoreCell = (s: string) => (s.startsWith("'") && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s)

/**
 * Rows as CSV that German spreadsheet programs open directly: semicolon, CRLF, UTF-8 with
 * byte-order mark, formula cells neutralised.
 */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const body = Papa.unparse({ fields: [...header].map(neutraliseCell), data: rows.map((r) => r.map(neutraliseCell)) }, { delimiter: ';', newline: '\r\n', quotes: false })
  return `\uFEFF${body}\r\n`
}

export interface CsvTable {
  header: string[]
  rows: string[][]
}

/** The most rows an import accepts; more is a sign of a wrong file, not of an analysis. */
export const MAX_CSV_ROWS = 20_000

/**
 * Reads CSV written by this tool or a spreadsheet: semicolon, comma or tab separated, with or
 * without byte-order mark. Empty lines are skipped; headers are trimmed, cells restored as written.
 */
export function parseCsv(text: string): Result<CsvTable> {
  const input = text.replace(/^\uFEFF/, '')
  const firstLine = input.slice(0, input.search(/\r?\n|$/))
  const delimiter = [';', '\t', ','].map((d) => [d, firstLine.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]?.[0] ?? ';'
  const parsed = Papa.parse<string[]>(input, { delimiter, skipEmptyLines: 'greedy' })
  const bad = parsed.errors.find((e) => e.type === 'Quotes')
  if (bad) return fail('csv-syntax', `${(bad.row ?? 0) + 2}`)
  const [header, ...rows] = parsed.data
  if (!header || header.every((h) => h.trim() === '')) return fail('file-empty')
  if (rows.length > MAX_CSV_ROWS) return fail('csv-rows', String(MAX_CSV_ROWS))
  return ok({ header: header.map((h) => restoreCell(h.trim())), rows: rows.map((r) => r.map(restoreCell)) })
}

/**
 * Maps a table's columns to known fields by header, accepting the headers of every language.
 * Returns the column index per field; a required field without a column is an error.
 */
export function mapColumns<F extends string>(header: readonly string[], fields: Record<F, readonly string[]>, required: readonly NoInfer<F>[]): Result<Partial<Record<F, number>>> {
  const norm = (s: string) => s.normalize('NFC').trim().toLowerCase()
  const index: Partial<Record<F, number>> = {}
  for (const [field, names] of Object.entries(fields) as [F, readonly string[]][]) {
    const i = header.findIndex((h) => names.some((n) => norm(n) === norm(h)))
    if (i >= 0) index[field] = i
  }
  const missing = required.filter((f) => index[f] === undefined)
  if (missing.length) return fail('csv-columns', missing.map((f) => fields[f][0]).join(', '))
  return ok(index)
}

import Papa from 'papaparse'
import { neutraliseCell } from '../common/csv'
import type { Collections } from '../content/collections'
import { PUBLISHED, type Published } from './fields'

const isLocalized = (v: unknown): v is { de: unknown; en: unknown } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).sort().join() === 'de,en'

function cell(v: unknown): string {
  if (v === undefined || v === null) return ''
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x !== null ? Object.values(flatten(x)).join(' – ') : String(x))).join(' | ')
  return String(v)
}

/** One record as flat columns: nested keys joined with ".", localised text as `_de` and `_en`. */
export function flatten(record: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(record)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (isLocalized(v)) {
      out[`${key}_de`] = cell(v.de)
      out[`${key}_en`] = cell(v.en)
    } else if (typeof v === 'object' && v !== null && !Array.isArray(v)) Object.assign(out, flatten(v, key))
    else out[key] = cell(v)
  }
  return out
}

/**
 * A collection as CSV that German spreadsheet programs open directly: semicolon-separated,
 * UTF-8 with byte-order mark, every column present in every row. Cells that a spreadsheet
 * would run as a formula are prefixed with an apostrophe.
 */
export function toCsv(records: object[]): string {
  const rows = records.map((r) => flatten(r))
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))]
  const body = Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => neutraliseCell(r[c] ?? ''))) }, { delimiter: ';', newline: '\r\n' })
  return `\uFEFF${body}\r\n`
}

export const openDataPaths = () => PUBLISHED.flatMap((name) => [`daten/${name}.json`, `daten/${name}.csv`])

/** The files of the open-data download, path below the site root → content. */
export function openDataFiles(data: Pick<Collections, Published>): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of PUBLISHED) {
    files[`daten/${name}.json`] = `${JSON.stringify(data[name], null, 2)}\n`
    files[`daten/${name}.csv`] = toCsv(data[name])
  }
  return files
}

import { mapColumns, parseCsv, writeCsv } from '../common/csv'
import { newId as randomId } from '../common/ids'
import { fail, ok, type Result } from '../common/result'
import { isCalendarDay } from './model'
import type { PresetGroup } from './presets-schema'
import { groupFromLabel, groupLabel, type Lang } from './presets'
import { blankStakeholder, LIMITS, STATUSES, STRATEGIES, type Stakeholder, type Status, type Strategy } from './schema'

export const CSV_FIELDS = ['name', 'group', 'partner', 'role', 'notes', 'power', 'interest', 'attitude', 'legitimacy', 'urgency', 'strategy', 'channel', 'frequency', 'owner', 'nextContact', 'status'] as const
export type CsvField = (typeof CSV_FIELDS)[number]

/** The words of the CSV file in one language, taken from the tool's string files. */
export interface CsvVocabulary {
  headers: Record<CsvField, string>
  yes: string
  no: string
  /** Labels for −2 … +2, in this order. */
  attitudes: readonly string[]
  strategies: Record<Strategy, string>
  statuses: Record<Status, string>
  /** "row {row}, {column}" for error details. */
  cell: string
}

/** The register as CSV in the page's language; relations are kept in the JSON file only. */
export function stakeholdersToCsv(list: readonly Stakeholder[], groups: readonly PresetGroup[], lang: Lang, v: CsvVocabulary): string {
  const header = CSV_FIELDS.map((f) => v.headers[f])
  const rows = list.map((s) => [
    s.name,
    groupLabel(groups, s.group, lang),
    s.partner,
    s.role,
    s.notes,
    String(s.power),
    String(s.interest),
    v.attitudes[s.attitude + 2] ?? '',
    s.legitimacy ? v.yes : v.no,
    s.urgency ? v.yes : v.no,
    s.strategy ? v.strategies[s.strategy] : '',
    s.channel,
    s.frequency,
    s.owner,
    s.nextContact,
    v.statuses[s.status],
  ])
  return writeCsv(header, rows)
}

const norm = (s: string) => s.normalize('NFC').trim().toLowerCase()

/** Finds a value by its label in any language, or by its own name. */
function lookup<K extends string>(cell: string, keys: readonly K[], labels: Record<K, string>[]): K | undefined {
  const n = norm(cell)
  return keys.find((k) => norm(k) === n || labels.some((l) => norm(l[k]) === n))
}

function parseDay(cell: string): string | null {
  if (cell === '') return ''
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(cell)
  const iso = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : cell
  return isCalendarDay(iso) ? iso : null
}

/**
 * Reads a register from CSV written by this tool or a spreadsheet, with the headers of either
 * language. Only Name is required; empty cells take neutral values. The first bad cell is
 * reported with its row and column. Never throws.
 */
export function stakeholdersFromCsv(text: string, groups: readonly PresetGroup[], vocab: Record<Lang, CsvVocabulary>, lang: Lang, newId: () => string = randomId): Result<Stakeholder[]> {
  const table = parseCsv(text)
  if (!table.ok) return table
  const langs = [vocab.de, vocab.en]
  const names = Object.fromEntries(CSV_FIELDS.map((f) => [f, [vocab[lang].headers[f], ...langs.map((l) => l.headers[f]), f]])) as Record<CsvField, string[]>
  const columns = mapColumns(table.value.header, names, ['name'])
  if (!columns.ok) return fail('csv-columns', vocab[lang].headers.name)
  if (table.value.rows.length > LIMITS.stakeholders) return fail('csv-rows', String(LIMITS.stakeholders))
  const col = columns.value
  const out: Stakeholder[] = []
  for (const [i, row] of table.value.rows.entries()) {
    const get = (f: CsvField) => (col[f] === undefined ? '' : (row[col[f]] ?? ''))
    const bad = (f: CsvField) => fail<Stakeholder[]>('invalid', vocab[lang].cell.replace('{row}', String(i + 2)).replace('{column}', vocab[lang].headers[f]))
    const s = blankStakeholder(newId(), get('name'))
    if (s.name === '' || s.name.length > LIMITS.text) return bad('name')
    for (const f of ['group', 'partner', 'channel', 'frequency', 'owner'] as const) {
      if (get(f).length > LIMITS.text) return bad(f)
    }
    for (const f of ['role', 'notes'] as const) {
      if (get(f).length > LIMITS.longText) return bad(f)
      s[f] = get(f)
    }
    s.group = get('group') ? groupFromLabel(groups, get('group')) : ''
    s.partner = get('partner')
    s.channel = get('channel')
    s.frequency = get('frequency')
    s.owner = get('owner')
    for (const f of ['power', 'interest'] as const) {
      const cell = get(f)
      if (cell === '') continue
      if (!/^[1-5]$/.test(cell)) return bad(f)
      s[f] = Number(cell)
    }
    const att = get('attitude')
    if (att !== '') {
      const byLabel = langs.map((l) => l.attitudes.findIndex((a) => norm(a) === norm(att))).find((k) => k >= 0)
      if (byLabel !== undefined) s.attitude = byLabel - 2
      else if (/^[+-]?[0-2]$/.test(att)) s.attitude = Number(att)
      else return bad('attitude')
    }
    for (const f of ['legitimacy', 'urgency'] as const) {
      const cell = norm(get(f))
      if (cell === '') continue
      if ([...langs.map((l) => norm(l.yes)), 'x', '1', 'true'].includes(cell)) s[f] = true
      else if ([...langs.map((l) => norm(l.no)), '0', 'false', '-'].includes(cell)) s[f] = false
      else return bad(f)
    }
    if (get('strategy') !== '') {
      const st = lookup(get('strategy'), STRATEGIES, langs.map((l) => l.strategies))
      if (!st) return bad('strategy')
      s.strategy = st
    }
    if (get('status') !== '') {
      const st = lookup(get('status'), STATUSES, langs.map((l) => l.statuses))
      if (!st) return bad('status')
      s.status = st
    }
    const day = parseDay(get('nextContact'))
    if (day === null) return bad('nextContact')
    s.nextContact = day
    out.push(s)
  }
  return ok(out)
}

import { salienceLevel, salienceOf, strategyOf } from './model'
import type { Stakeholder } from './schema'

export const SORT_KEYS = ['name', 'group', 'partner', 'power', 'interest', 'attitude', 'strategy', 'salience'] as const
export type SortKey = (typeof SORT_KEYS)[number]

export interface RegisterQuery {
  text: string
  group: string
  /** A partner's name, `''` for all, or `'\u0000regional'` for regional / external ones. */
  partner: string
  sort: SortKey
  descending: boolean
}
export const REGIONAL = '\u0000regional'

/**
 * The rows of the register table: filtered and sorted once per change of data or query, so the
 * table stays quick with thousands of stakeholders. `shown` gives the names as displayed.
 */
export function registerRows(list: readonly Stakeholder[], q: RegisterQuery, shown: (s: Stakeholder) => string, groupOf: (g: string) => string, lang: string): Stakeholder[] {
  const trimmed = q.text.trim()
  const needle = trimmed ? trimmed.toLocaleLowerCase(lang) : ''
  const rows = list.filter((s) => {
    if (q.group && s.group !== q.group) return false
    if (q.partner === REGIONAL ? s.partner !== '' : q.partner && s.partner !== q.partner) return false
    if (!needle) return true
    return [shown(s), groupOf(s.group), s.partner, s.role].some((x) => x.toLocaleLowerCase(lang).includes(needle))
  })
  if (rows.length < 2) return rows
  // Set up only when there is something to sort: the first collator loads collation data.
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true })
  const key = (s: Stakeholder): string | number => {
    switch (q.sort) {
      case 'name': return shown(s)
      case 'group': return groupOf(s.group)
      case 'partner': return s.partner
      case 'strategy': return strategyOf(s)
      case 'salience': return salienceLevel(salienceOf(s))
      default: return s[q.sort]
    }
  }
  const keyed = rows.map((s) => [key(s), s] as const)
  keyed.sort(([a], [b]) => {
    const c = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b))
    return q.descending ? -c : c
  })
  return keyed.map(([, s]) => s)
}

import type { Land } from '../content/collections'
import { LAENDER } from '../content/laender'
import { emptyState, PARTNER_BANDS, SORT_KEYS, type CatalogueState, type SortKey } from './filter'

const list = (v: string | null) => (v ? v.split(',').map((x) => x.trim()).filter(Boolean) : [])
const year = (v: string | null) => {
  if (!v || !/^\d{4}$/.test(v)) return undefined
  return Number(v)
}

/**
 * Reads the catalogue state from a URL query, so a filtered view can be bookmarked and shared.
 * Unknown values are dropped rather than trusted: the URL comes from outside.
 */
export function stateFromQuery(search: string, known: { areas: string[]; forms: string[] }): CatalogueState {
  const p = new URLSearchParams(search)
  const s = emptyState()
  s.q = (p.get('q') ?? '').slice(0, 200)
  s.areas = list(p.get('bereich')).filter((a) => known.areas.includes(a))
  s.forms = list(p.get('form')).filter((f) => known.forms.includes(f))
  s.laender = list(p.get('land'))
    .map((l) => l.toUpperCase())
    .filter((l): l is Land => (LAENDER as readonly string[]).includes(l))
  s.partners = list(p.get('partner')).filter((b) => PARTNER_BANDS.some((x) => x.id === b))
  s.from = year(p.get('von'))
  s.to = year(p.get('bis'))
  const sort = p.get('sort')
  if (sort && (SORT_KEYS as readonly string[]).includes(sort)) s.sort = sort as SortKey
  return s
}

/** The query string of a state: only what differs from the default, in a stable order. */
export function queryFromState(s: CatalogueState): string {
  const p = new URLSearchParams()
  if (s.q.trim()) p.set('q', s.q.trim())
  if (s.areas.length) p.set('bereich', [...s.areas].sort().join(','))
  if (s.forms.length) p.set('form', [...s.forms].sort().join(','))
  if (s.laender.length) p.set('land', [...s.laender].sort().join(','))
  if (s.partners.length) p.set('partner', [...s.partners].sort().join(','))
  if (s.from !== undefined) p.set('von', String(s.from))
  if (s.to !== undefined) p.set('bis', String(s.to))
  if (s.sort !== 'name') p.set('sort', s.sort)
  const q = p.toString()
  return q ? `?${q}` : ''
}

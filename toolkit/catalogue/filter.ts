import type { Example, Land } from '../content/collections'
import type { Lang } from '../content/primitives'

/** The state of the example catalogue: what the reader filtered and how the list is sorted. */
export interface CatalogueState {
  q: string
  areas: string[]
  forms: string[]
  laender: Land[]
  /** Partner-count bands, see PARTNER_BANDS. */
  partners: string[]
  from?: number
  to?: number
  sort: SortKey
}

export const SORT_KEYS = ['name', 'year-desc', 'year-asc', 'partners-desc'] as const
export type SortKey = (typeof SORT_KEYS)[number]

/** Bands for the number of partners, so that the facet stays short. */
export const PARTNER_BANDS = [
  { id: '2', min: 2, max: 2 },
  { id: '3-5', min: 3, max: 5 },
  { id: '6-20', min: 6, max: 20 },
  { id: '21+', min: 21, max: Infinity },
] as const

export const emptyState = (): CatalogueState => ({ q: '', areas: [], forms: [], laender: [], partners: [], sort: 'name' })

export const bandOf = (count: number) => PARTNER_BANDS.find((b) => count >= b.min && count <= b.max)?.id ?? '21+'

/** Lower-case text without diacritics, so "Zweckverbande" finds "Zweckverbände". */
export const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

/** Everything a reader might search for in an example, in one folded string. */
export function searchText(e: Example, names: { area: (id: string) => string; form: (id: string) => string }, lang: Lang): string {
  return fold([e.name.de, e.name.en, e.partners.join(' '), e.description[lang], e.achievements[lang], e.areas.map(names.area).join(' '), names.form(e.form), e.laender.join(' ')].join(' '))
}

export interface Facets {
  /** Which facet a filter belongs to; the count of a facet value ignores that facet's own selection. */
  areas: Map<string, number>
  forms: Map<string, number>
  laender: Map<string, number>
  partners: Map<string, number>
}

type FacetKey = 'areas' | 'forms' | 'laender' | 'partners'

function matches(e: Example, text: string, s: CatalogueState, ignore?: FacetKey): boolean {
  const terms = fold(s.q).split(/\s+/).filter(Boolean)
  if (terms.some((t) => !text.includes(t))) return false
  if (ignore !== 'areas' && s.areas.length && !e.areas.some((a) => s.areas.includes(a))) return false
  if (ignore !== 'forms' && s.forms.length && !s.forms.includes(e.form)) return false
  if (ignore !== 'laender' && s.laender.length && !e.laender.some((l) => s.laender.includes(l))) return false
  if (ignore !== 'partners' && s.partners.length && !s.partners.includes(bandOf(e.partnerCount))) return false
  if (s.from !== undefined && e.startYear < s.from) return false
  if (s.to !== undefined && e.startYear > s.to) return false
  return true
}

export interface Indexed {
  example: Example
  text: string
}

/** The examples that match every filter (any of the values within a facet), sorted. */
export function applyState(items: Indexed[], s: CatalogueState, lang: Lang, byName?: NameOrder): Example[] {
  return sortExamples(
    items.filter((i) => matches(i.example, i.text, s)).map((i) => i.example),
    s.sort,
    lang,
    byName,
  )
}

/** Compares two examples by name; the page passes an order sorted at build time (order.ts). */
export type NameOrder = (a: Example, b: Example) => number

export function sortExamples(list: Example[], key: SortKey, lang: Lang, byName: NameOrder = (a, b) => a.name[lang].localeCompare(b.name[lang], lang)): Example[] {
  const sorted = [...list]
  switch (key) {
    case 'year-desc':
      return sorted.sort((a, b) => b.startYear - a.startYear || byName(a, b))
    case 'year-asc':
      return sorted.sort((a, b) => a.startYear - b.startYear || byName(a, b))
    case 'partners-desc':
      return sorted.sort((a, b) => b.partnerCount - a.partnerCount || byName(a, b))
    default:
      return sorted.sort(byName)
  }
}

/** How many examples each facet value would give, given the other filters. */
export function facetCounts(items: Indexed[], s: CatalogueState): Facets {
  const count = (key: FacetKey, valuesOf: (e: Example) => string[]) => {
    const m = new Map<string, number>()
    for (const i of items)
      if (matches(i.example, i.text, s, key)) for (const v of new Set(valuesOf(i.example))) m.set(v, (m.get(v) ?? 0) + 1)
    return m
  }
  return {
    areas: count('areas', (e) => e.areas),
    forms: count('forms', (e) => [e.form]),
    laender: count('laender', (e) => e.laender),
    partners: count('partners', (e) => [bandOf(e.partnerCount)]),
  }
}

import type { Funding } from '../content/collections'

/**
 * Programmes that apply to a Land and a task area. A programme without Länder (federal, EU)
 * applies everywhere; one without areas is open to any task. Empty filters match everything.
 * Land programmes come first, then federal, then EU, each by name (German unless `byName` says otherwise).
 */
export function filterFunding<F extends Pick<Funding, 'laender' | 'areas' | 'level' | 'name'>>(
  items: F[],
  land: string,
  area: string,
  byName: (a: F, b: F) => number = (a, b) => a.name.de.localeCompare(b.name.de, 'de'),
): F[] {
  const rank = { land: 0, bund: 1, eu: 2 }
  return items
    .filter((f) => !land || f.laender.length === 0 || (f.laender as string[]).includes(land))
    .filter((f) => !area || f.areas.length === 0 || f.areas.includes(area))
    .sort((a, b) => rank[a.level] - rank[b.level] || byName(a, b))
}

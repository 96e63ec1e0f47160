/**
 * Orders by a list of ids worked out beforehand. A data loader sorts names with
 * the language's collation at build time; the browser then need not set up a collator while the
 * page hydrates (the first locale-aware comparison loads collation data, a noticeable pause on
 * a slow phone). Ids missing from the list go last, in their given order.
 */
export function byOrder(ids: readonly string[]): (a: { id: string }, b: { id: string }) => number {
  const at = new Map(ids.map((id, i) => [id, i]))
  return (a, b) => (at.get(a.id) ?? ids.length) - (at.get(b.id) ?? ids.length)
}

/** The ids of `items` in the order of their names in `lang`. */
export function nameOrder<T extends { id: string }>(items: readonly T[], name: (item: T) => string, lang: string): string[] {
  const collator = new Intl.Collator(lang)
  return [...items].sort((a, b) => collator.compare(name(a), name(b))).map((i) => i.id)
}

export type PerLanguage<T> = Record<'de' | 'en', T>

/** The ids of `items` in the order of their names, for each language. */
export const ordersOf = <T extends { id: string }>(items: readonly T[], name: (item: T, lang: 'de' | 'en') => string): PerLanguage<string[]> => ({
  de: nameOrder(items, (i) => name(i, 'de'), 'de'),
  en: nameOrder(items, (i) => name(i, 'en'), 'en'),
})

import type { Collections } from '../../../toolkit/content/collections'
import type { Localized } from '../../../toolkit/content/primitives'
import { nameOrder } from '../../../toolkit/common/order'

/** Build-time parts shared by the example and funding catalogues' data loaders. */
export type PerLanguage<T> = Record<'de' | 'en', T>

export interface Named {
  id: string
  name: Localized
}
export interface LandName {
  land: string
  name: Localized
}

/** Ids in the order of their names in each language, sorted with the language's collation. */
export const ordersOf = <T extends { id: string }>(items: readonly T[], name: (item: T, lang: 'de' | 'en') => string): PerLanguage<string[]> => ({
  de: nameOrder(items, (i) => name(i, 'de'), 'de'),
  en: nameOrder(items, (i) => name(i, 'en'), 'en'),
})

export const areasOf = (d: Collections): Named[] => [...d.areas].sort((a, b) => a.order - b.order).map(({ id, name }) => ({ id, name }))
export const laenderOf = (d: Collections): LandName[] => d.laws.map((l) => ({ land: l.land, name: l.landName }))
export const landOrderOf = (d: Collections): PerLanguage<string[]> => ordersOf(d.laws.map((l) => ({ id: l.land as string, name: l.landName })), (l, lang) => l.name[lang])

import type { Collections } from '../../../toolkit/content/collections'
import type { Localized } from '../../../toolkit/content/primitives'
import { ordersOf, type PerLanguage } from '../../../toolkit/common/order'

/** Build-time parts shared by the example and funding catalogues' data loaders. */

export interface Named {
  id: string
  name: Localized
}
export interface LandName {
  land: string
  name: Localized
}

/** Task areas or cooperation forms in their set order, with only id and name. */
export const inSetOrder = (items: readonly (Named & { order: number })[]): Named[] => [...items].sort((a, b) => a.order - b.order).map(({ id, name }) => ({ id, name }))
export const laenderOf = (d: Collections): LandName[] => d.laws.map((l) => ({ land: l.land, name: l.landName }))
export const landOrderOf = (d: Collections): PerLanguage<string[]> => ordersOf(d.laws.map((l) => ({ id: l.land as string, name: l.landName })), (l, lang) => l.name[lang])

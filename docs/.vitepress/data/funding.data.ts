import { resolve } from 'node:path'
import { defineLoader } from 'vitepress'
import type { Funding } from '../../../toolkit/content/collections'
import { loadData } from '../../../toolkit/content/load-data'
import type { Localized } from '../../../toolkit/content/primitives'
import { longDate } from '../../../toolkit/i18n/format'
import { repoRoot } from '../site-paths'
import { ordersOf, type PerLanguage } from '../../../toolkit/common/order'
import { inSetOrder, laenderOf, landOrderOf, type LandName, type Named } from './catalogue-parts'

export interface FundingData {
  /** The fields the funding overview shows; the rest is on each programme's page. */
  funding: (Pick<Funding, 'id' | 'name' | 'level' | 'laender' | 'areas' | 'stand'> & { conditions: Pick<Funding['conditions'], 'rate'> })[]
  areas: Named[]
  laender: LandName[]
  /** Ids by name in each language, sorted here so the browser needs no collator. */
  order: Record<'funding' | 'laender', PerLanguage<string[]>>
  /** Each programme's `stand` date written out in each language. */
  stand: Record<string, Localized>
}

declare const data: FundingData
export { data }

/** What the funding overview shows, trimmed to the fields it uses. */
export default defineLoader({
  watch: [resolve(repoRoot, 'data/*.json')],
  load(): FundingData {
    const d = loadData(resolve(repoRoot, 'data'))
    return {
      funding: d.funding.map(({ id, name, level, laender, areas, stand, conditions }) => ({ id, name, level, laender, areas, stand, conditions: { rate: conditions.rate } })),
      areas: inSetOrder(d.areas),
      laender: laenderOf(d),
      order: { funding: ordersOf(d.funding, (f, lang) => f.name[lang]), laender: landOrderOf(d) },
      stand: Object.fromEntries(d.funding.map((f) => [f.id, { de: longDate(f.stand, 'de'), en: longDate(f.stand, 'en') }])),
    }
  },
})

import { resolve } from 'node:path'
import { defineLoader } from 'vitepress'
import type { Example } from '../../../toolkit/content/collections'
import { loadData } from '../../../toolkit/content/load-data'
import { repoRoot } from '../site-paths'
import { ordersOf, type PerLanguage } from '../../../toolkit/common/order'
import { inSetOrder, laenderOf, landOrderOf, type LandName, type Named } from './catalogue-parts'

export interface ExamplesData {
  examples: Omit<Example, 'sources'>[]
  areas: Named[]
  forms: Named[]
  laender: LandName[]
  /** Ids by name in each language, sorted here so the browser needs no collator. */
  order: Record<'examples' | 'laender', PerLanguage<string[]>>
}

declare const data: ExamplesData
export { data }

/** What the example catalogue shows and searches; the sources are on each example's page. */
export default defineLoader({
  watch: [resolve(repoRoot, 'data/*.json')],
  load(): ExamplesData {
    const d = loadData(resolve(repoRoot, 'data'))
    return {
      examples: d.examples.map(({ sources: _sources, ...rest }) => rest),
      areas: inSetOrder(d.areas),
      forms: inSetOrder(d.forms),
      laender: laenderOf(d),
      order: { examples: ordersOf(d.examples, (e, lang) => e.name[lang]), laender: landOrderOf(d) },
    }
  },
})

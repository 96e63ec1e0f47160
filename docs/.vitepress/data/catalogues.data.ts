import { resolve } from 'node:path'
import { defineLoader } from 'vitepress'
import type { Example, Funding } from '../../../toolkit/content/collections'
import { loadData } from '../../../toolkit/content/load-data'
import type { Localized } from '../../../toolkit/content/primitives'
import { repoRoot } from '../site-paths'

export interface Named {
  id: string
  name: Localized
}
export interface CatalogueData {
  examples: Omit<Example, 'sources'>[]
  /** The fields the funding overview shows; the rest is on each programme's page. */
  funding: (Pick<Funding, 'id' | 'name' | 'level' | 'laender' | 'areas' | 'stand'> & { conditions: Pick<Funding['conditions'], 'rate'> })[]
  areas: Named[]
  forms: Named[]
  laender: { land: string; name: Localized }[]
}

declare const data: CatalogueData
export { data }

/** What the example and funding catalogues show, trimmed to the fields they use. */
export default defineLoader({
  watch: [resolve(repoRoot, 'data/*.json')],
  load(): CatalogueData {
    const d = loadData(resolve(repoRoot, 'data'))
    return {
      examples: d.examples.map(({ sources: _sources, ...rest }) => rest),
      funding: d.funding.map(({ id, name, level, laender, areas, stand, conditions }) => ({ id, name, level, laender, areas, stand, conditions: { rate: conditions.rate } })),
      areas: [...d.areas].sort((a, b) => a.order - b.order).map(({ id, name }) => ({ id, name })),
      forms: [...d.forms].sort((a, b) => a.order - b.order).map(({ id, name }) => ({ id, name })),
      laender: d.laws.map((l) => ({ land: l.land, name: l.landName })),
    }
  },
})

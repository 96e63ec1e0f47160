import { resolve } from 'node:path'
import { defineLoader } from 'vitepress'
import { loadData } from '../../../toolkit/content/load-data'
import type { GuideForm, GuideLaw } from '../../../toolkit/wegweiser/model'
import type { Wegweiser } from '../../../toolkit/wegweiser/schema'
import { repoRoot } from '../site-paths'
import { ordersOf, type PerLanguage } from '../../../toolkit/common/order'

export interface WegweiserData {
  guide: Wegweiser
  forms: GuideForm[]
  laws: GuideLaw[]
  /** Law ids by Land name in each language, sorted here with the language's collation. */
  landOrder: PerLanguage<string[]>
}

declare const data: WegweiserData
export { data }

/** The guide with only the fields of forms and laws it shows, so the page stays small. */
export default defineLoader({
  watch: [resolve(repoRoot, 'data/*.json')],
  load(): WegweiserData {
    const d = loadData(resolve(repoRoot, 'data'))
    return {
      guide: d.wegweiser,
      forms: d.forms.map(({ id, order, name, short }) => ({ id, order, name, short })),
      laws: d.laws.map(({ id, kind, forms, landName, land }) => ({ id, kind, forms, landName, land })),
      landOrder: ordersOf(d.laws, (l, lang) => l.landName[lang]),
    }
  },
})

import { resolve } from 'node:path'
import { defineLoader } from 'vitepress'
import { loadData } from '../../../toolkit/content/load-data'
import type { StrategyGuide } from '../../../toolkit/strategy/guide-schema'
import { repoRoot } from '../site-paths'

declare const data: StrategyGuide
export { data }

/** The workshop guide (steps, guiding questions, examples, values), validated at build time. */
export default defineLoader({
  watch: [resolve(repoRoot, 'data/strategy-guide.json')],
  load(): StrategyGuide {
    return loadData(resolve(repoRoot, 'data'))['strategy-guide'] as StrategyGuide
  },
})

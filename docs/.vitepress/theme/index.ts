import { defineAsyncComponent, type Component, type HydrationStrategy } from 'vue'
import type { Theme } from 'vitepress'
import DefaultTheme from './default-theme'
import Layout from './Layout.vue'
import { installGlossaryTips } from './glossary-tips'
import { installSidebars } from './sidebar'
import './custom.css'

type Strategies = typeof import('../../../toolkit/common/hydrate-when-used')

/**
 * A component whose server-rendered HTML comes to life later than the page (see the strategies
 * in toolkit/common/hydrate-when-used.ts). The strategy's code loads with the component, so
 * pages without one do not carry it.
 */
function later(load: () => Promise<{ default: Component }>, pick: (s: Strategies) => HydrationStrategy) {
  let strategy: HydrationStrategy = (hydrate) => hydrate()
  return defineAsyncComponent({
    loader: async () => {
      const [component, strategies] = await Promise.all([load(), import('../../../toolkit/common/hydrate-when-used')])
      strategy = pick(strategies)
      return component.default
    },
    hydrate: (hydrate, forEach) => strategy(hydrate, forEach),
  })
}

export default {
  extends: DefaultTheme,
  Layout,
  async enhanceApp({ app, router, siteData }) {
    // Used by a few pages each: their code loads with those pages.
    app.component('PrintButton', defineAsyncComponent(() => import('./components/PrintButton.vue')))
    app.component('SiteInfo', defineAsyncComponent(() => import('./components/SiteInfo.vue')))
    // Catalogues are loaded only on the pages that show them, after the page's text: registered
    // here, they are not among the scripts a page preloads before its first paint. Their complete
    // lists are in the HTML; they come to life when the reader turns to their filters, or at once
    // when the address carries a state to apply. (The tools are registered by their pages,
    // tools/near-view.ts.)
    const withState = () => window.location.search.length > 1 || window.location.hash.length > 1
    app.component('ExampleCatalogue', later(() => import('../../../toolkit/catalogue/components/ExampleCatalogue.vue'), (s) => s.hydrateWhenUsed(withState)))
    app.component('FundingCatalogue', later(() => import('../../../toolkit/catalogue/components/FundingCatalogue.vue'), (s) => s.hydrateWhenUsed(withState)))
    if (!import.meta.env.SSR) installGlossaryTips(document)
    await installSidebars(router, siteData)
  },
} satisfies Theme

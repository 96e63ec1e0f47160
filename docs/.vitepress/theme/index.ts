import { defineAsyncComponent } from 'vue'
import type { Theme } from 'vitepress'
import DefaultTheme from './default-theme'
import Layout from './Layout.vue'
import { hydrateWhenUsed } from '../../../toolkit/common/hydrate-when-used'
import { installGlossaryTips } from './glossary-tips'
import { installSidebars } from './sidebar'
import './custom.css'

export default {
  extends: DefaultTheme,
  Layout,
  async enhanceApp({ app, router, siteData }) {
    // Used by a few pages each: their code loads with those pages.
    app.component('PrintButton', defineAsyncComponent(() => import('./components/PrintButton.vue')))
    app.component('SiteInfo', defineAsyncComponent(() => import('./components/SiteInfo.vue')))
    // Catalogues and tools are loaded only on the pages that show them, after the page's text:
    // registered here, they are not among the scripts a page preloads before its first paint.
    // The catalogues' complete lists are in the HTML; they come to life when the reader turns to
    // their filters, or at once when the address carries a filter state.
    const filtered = () => window.location.search.length > 1
    app.component('ExampleCatalogue', defineAsyncComponent({ loader: () => import('../../../toolkit/catalogue/components/ExampleCatalogue.vue'), hydrate: hydrateWhenUsed(filtered) }))
    app.component('FundingCatalogue', defineAsyncComponent({ loader: () => import('../../../toolkit/catalogue/components/FundingCatalogue.vue'), hydrate: hydrateWhenUsed(filtered) }))
    app.component('KooperationsWegweiser', defineAsyncComponent(() => import('./tools/KooperationsWegweiser.vue')))
    app.component('StakeholderAnalyse', defineAsyncComponent(() => import('../../../toolkit/stakeholders/components/StakeholderTool.vue')))
    app.component('LeitbildWerkstatt', defineAsyncComponent(() => import('./tools/LeitbildWerkstatt.vue')))
    if (!import.meta.env.SSR) installGlossaryTips(document)
    await installSidebars(router, siteData)
  },
} satisfies Theme

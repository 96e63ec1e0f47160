import { defineAsyncComponent } from 'vue'
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme-without-fonts'
import Layout from './Layout.vue'
import PrintButton from './components/PrintButton.vue'
import SiteInfo from './components/SiteInfo.vue'
import { installGlossaryTips } from './glossary-tips'
import { installSidebars } from './sidebar'
import './custom.css'

export default {
  extends: DefaultTheme,
  Layout,
  async enhanceApp({ app, router, siteData }) {
    app.component('PrintButton', PrintButton)
    app.component('SiteInfo', SiteInfo)
    // Catalogues and tools are loaded only on the pages that show them, after the page's text:
    // registered here, they are not among the scripts a page preloads before its first paint.
    app.component('ExampleCatalogue', defineAsyncComponent(() => import('../../../toolkit/catalogue/components/ExampleCatalogue.vue')))
    app.component('FundingCatalogue', defineAsyncComponent(() => import('../../../toolkit/catalogue/components/FundingCatalogue.vue')))
    app.component('KooperationsWegweiser', defineAsyncComponent(() => import('./tools/KooperationsWegweiser.vue')))
    app.component('StakeholderAnalyse', defineAsyncComponent(() => import('../../../toolkit/stakeholders/components/StakeholderTool.vue')))
    app.component('LeitbildWerkstatt', defineAsyncComponent(() => import('./tools/LeitbildWerkstatt.vue')))
    if (!import.meta.env.SSR) installGlossaryTips(document)
    await installSidebars(router, siteData)
  },
} satisfies Theme

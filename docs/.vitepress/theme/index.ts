import type { Theme } from 'vitepress'
import DefaultTheme from './default-theme'
import Layout from './Layout.vue'
import { installGlossaryTips } from './glossary-tips'
import { installSidebars } from './sidebar'
import './custom.css'

export default {
  extends: DefaultTheme,
  Layout,
  async enhanceApp({ router, siteData }) {
    if (!import.meta.env.SSR) installGlossaryTips(document)
    await installSidebars(router, siteData)
  },
} satisfies Theme

// VitePress's default theme, assembled here instead of imported from its index: the index
// re-exports every component of the theme (home page, team pages, sponsors …), and whatever
// the theme's entry reaches goes into the chunk every page loads. Imported part by part, the
// home page's components travel with the home page only (lazy-parts.ts).
import 'ikz-original:styles/vars.css'
import 'ikz-original:styles/base.css'
import 'ikz-original:styles/icons.css'
import 'ikz-original:styles/utils.css'
import 'ikz-original:styles/components/custom-block.css'
import 'ikz-original:styles/components/vp-code.css'
import 'ikz-original:styles/components/vp-code-group.css'
import 'ikz-original:styles/components/vp-doc.css'
import 'ikz-original:styles/components/vp-sponsor.css'
import type { Theme } from 'vitepress'
import Layout from 'ikz-original:Layout.vue'
import VPBadge from 'ikz-original:components/VPBadge.vue'

export { useSidebar } from 'ikz-original:composables/sidebar'

export default {
  Layout,
  enhanceApp: ({ app }) => {
    app.component('Badge', VPBadge)
  },
} satisfies Theme

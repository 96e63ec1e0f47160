/// <reference types="vite/client" />
declare module 'virtual:ikz-locale/*' {
  import type { LocaleModule } from '../locale-modules'
  const locale: LocaleModule
  export default locale
}
declare module 'ikz-original:*' {
  import type { Component } from 'vue'
  const component: Component
  export default component
}
declare module 'ikz-original:composables/sidebar' {
  export { useSidebar } from 'vitepress/theme-without-fonts'
}
declare module 'virtual:ikz-data/site-info' {
  import type { SiteSettings } from '../../../toolkit/content/collections'
  import type { UiStrings } from '../../../toolkit/i18n/schema'
  const info: Pick<SiteSettings, 'operator' | 'accessibility'> & { strings: Record<'de' | 'en', UiStrings['siteInfo']> }
  export default info
}
declare module 'virtual:ikz-data/print' {
  import type { UiStrings } from '../../../toolkit/i18n/schema'
  const strings: Record<'de' | 'en', UiStrings['reference']['print']>
  export default strings
}

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

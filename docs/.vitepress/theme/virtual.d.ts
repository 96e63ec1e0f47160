/// <reference types="vite/client" />
declare module 'virtual:ikz-sidebar/*' {
  import type { CompactSidebar } from '../sidebar-modules'
  const sidebar: CompactSidebar
  export default sidebar
}
declare module 'ikz-original:*' {
  import type { Component } from 'vue'
  const component: Component
  export default component
}

/// <reference types="vite/client" />
declare module 'virtual:ikz-sidebar/*' {
  import type { CompactSidebar } from '../sidebar-modules'
  const sidebar: CompactSidebar
  export default sidebar
}

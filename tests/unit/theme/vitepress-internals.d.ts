// VitePress's page footer logic, which the test runs against the build's own.
declare module 'vitepress/dist/client/theme-default/composables/prev-next.js' {
  import type { ComputedRef } from 'vue'
  type Link = { text?: string; link?: string } | undefined
  export function usePrevNext(): ComputedRef<{ prev: Link; next: Link }>
}

import { computed } from 'vue'
import { useData } from 'vitepress'
import type { LayoutStrings } from '../../../toolkit/i18n/layout'

/** The frame's strings in the page's language, from the locale's theme configuration. */
export function useLayoutStrings() {
  const { theme } = useData<{ ikzStrings: LayoutStrings }>()
  return computed(() => theme.value.ikzStrings)
}

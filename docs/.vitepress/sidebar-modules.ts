import type { Plugin } from 'vite'
import type { DefaultTheme } from 'vitepress'
import type { Lang } from '../../toolkit/content/primitives'

const PREFIX = 'virtual:ikz-sidebar/'

/** A multi-sidebar with each group written once: several path prefixes share one list. */
export interface CompactSidebar {
  groups: DefaultTheme.SidebarItem[][]
  /** path prefix → index into groups */
  keys: Record<string, number>
}

export function compactSidebar(sidebar: DefaultTheme.SidebarMulti): CompactSidebar {
  const groups: DefaultTheme.SidebarItem[][] = []
  const keys: Record<string, number> = {}
  for (const [key, value] of Object.entries(sidebar)) {
    const items = Array.isArray(value) ? value : value.items
    let i = groups.indexOf(items)
    if (i < 0) i = groups.push(items) - 1
    keys[key] = i
  }
  return { groups, keys }
}

/**
 * Serves each language's sidebar as the module `virtual:ikz-sidebar/<lang>`. In the site data
 * both sidebars would travel with every page of both languages, several times over.
 */
export function sidebarModules(sidebars: Record<Lang, DefaultTheme.SidebarMulti>): Plugin {
  return {
    name: 'ikz-sidebar-modules',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined
      const lang = id.slice(PREFIX.length + 1) as Lang
      const sidebar = sidebars[lang]
      if (!sidebar) throw new Error(`no sidebar for language "${lang}"`)
      return `export default ${JSON.stringify(compactSidebar(sidebar))}`
    },
  }
}

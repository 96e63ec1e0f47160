import type { Plugin } from 'vite'
import type { DefaultTheme } from 'vitepress'
import type { Lang } from '../../toolkit/content/primitives'

const PREFIX = 'virtual:ikz-locale/'

/** A multi-sidebar with each group written once: several path prefixes share one list. */
export interface CompactSidebar {
  groups: DefaultTheme.SidebarItem[][]
  /** path prefix → index into groups */
  keys: Record<string, number>
}

/** What a language's module holds: its theme configuration (labels, nav, strings) and sidebar. */
export interface LocaleModule {
  theme: DefaultTheme.Config
  sidebar: CompactSidebar
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
 * Serves each language's theme configuration and sidebar as the module
 * `virtual:ikz-locale/<lang>`. A page's site data carries its own language's configuration
 * with a stub of the sidebar (page-maps.ts, page-order.ts); the full sidebar and the other
 * language's configuration come from these modules when they are needed.
 */
export function localeModules(locales: Record<Lang, { theme: DefaultTheme.Config; sidebar: DefaultTheme.SidebarMulti }>): Plugin {
  return {
    name: 'ikz-locale-modules',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined
      const lang = id.slice(PREFIX.length + 1) as Lang
      const locale = locales[lang]
      if (!locale) throw new Error(`no locale module for language "${lang}"`)
      const module: LocaleModule = { theme: locale.theme, sidebar: compactSidebar(locale.sidebar) }
      return `export default ${JSON.stringify(module)}`
    },
  }
}

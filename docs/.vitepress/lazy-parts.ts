import type { Alias, Plugin } from 'vite'

const PREFIX = 'virtual:ikz-lazy/'

/**
 * Parts of the default theme that few pages show (the home page, the 404 page, the unused
 * "page" layout) become async components: their code loads with the pages that show them
 * instead of with every page. `parts` maps a component's file name to its path in the theme.
 */
export function lazyParts(parts: Record<string, string>): { alias: Alias[]; plugin: Plugin } {
  const names = Object.keys(parts).join('|')
  return {
    alias: [{ find: new RegExp(`^.*/(${names})\\.vue$`), replacement: `${PREFIX}$1` }],
    plugin: {
      name: 'ikz-lazy-parts',
      resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
      load(id) {
        if (!id.startsWith(`\0${PREFIX}`)) return undefined
        const path = parts[id.slice(PREFIX.length + 1)]
        if (!path) throw new Error(`no lazy part ${id}`)
        return `import { defineAsyncComponent } from 'vue'\nexport default defineAsyncComponent(() => import('ikz-original:${path}'))\n`
      },
    },
  }
}

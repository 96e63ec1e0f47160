import { resolve } from 'node:path'
import type { Alias, Plugin } from 'vite'

const LAZY = 'virtual:ikz-lazy/'

/**
 * How the site changes VitePress's default theme, part by part (VitePress's documented way of
 * overriding its internal components: an alias for the component's file).
 *
 * - `ikz-original:<path>` is a component of the default theme itself, for the parts of ours that
 *   wrap one. It comes first: the replacements below would match those paths too.
 * - Replaced: parts of ours in place of the theme's (see each file).
 * - Unused: parts this site does not configure (social links, the theme's own footer, ads)
 *   render nothing and cost no code.
 * - Lazy: parts few pages show (home page, 404, the "page" layout) load with those pages.
 */
export function themeParts(repoRoot: string): { alias: Alias[]; plugin: Plugin } {
  const themeDir = resolve(repoRoot, 'node_modules/vitepress/dist/client/theme-default')
  const ours = (file: string) => resolve(repoRoot, 'docs/.vitepress/theme', file)
  const replaced: Record<string, string> = {
    VPDocFooterLastUpdated: ours('components/PageUpdated.vue'),
    VPSidebar: ours('components/SidebarIsland.vue'),
    VPNavBarSearch: ours('components/NavBarSearch.vue'),
    VPNavScreen: ours('components/NavScreenOnDemand.vue'),
  }
  const unused = ['VPNavBarSocialLinks', 'VPNavScreenSocialLinks', 'VPSocialLinks', 'VPFooter', 'VPDocAsideCarbonAds']
  const lazy: Record<string, string> = { VPHome: 'components/VPHome.vue', VPPage: 'components/VPPage.vue', NotFound: 'NotFound.vue' }
  const file = (name: string) => new RegExp(`^.*/${name}\\.vue$`)
  return {
    alias: [
      { find: /^ikz-original:(.*)$/, replacement: `${themeDir}/$1` },
      ...Object.entries(replaced).map(([name, path]) => ({ find: file(name), replacement: path })),
      ...unused.map((name) => ({ find: file(name), replacement: ours('unused-part.ts') })),
      ...Object.keys(lazy).map((name) => ({ find: file(name), replacement: `${LAZY}${name}` })),
    ],
    plugin: {
      name: 'ikz-lazy-parts',
      resolveId: (id) => (id.startsWith(LAZY) ? `\0${id}` : undefined),
      load(id) {
        if (!id.startsWith(`\0${LAZY}`)) return undefined
        const path = lazy[id.slice(LAZY.length + 1)]
        if (!path) throw new Error(`no lazy part ${id}`)
        return `import { defineAsyncComponent } from 'vue'\nexport default defineAsyncComponent(() => import('ikz-original:${path}'))\n`
      },
    },
  }
}

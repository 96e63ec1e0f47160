import type { Ref } from 'vue'
import type { DefaultTheme, Router, SiteData } from 'vitepress'
import type { CompactSidebar } from '../sidebar-modules'

type Locale = 'root' | 'en'

const load: Record<Locale, () => Promise<{ default: CompactSidebar }>> = {
  root: () => import('virtual:ikz-sidebar/de'),
  en: () => import('virtual:ikz-sidebar/en'),
}

const expand = (c: CompactSidebar): DefaultTheme.SidebarMulti =>
  Object.fromEntries(Object.entries(c.keys).map(([key, i]) => [key, c.groups[i] ?? []]))

/** The language of a path below the site's base. */
function localeOf(base: string, path: string): Locale {
  const rel = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '')
  return rel === 'en' || rel.startsWith('en/') ? 'en' : 'root'
}

async function ensure(siteData: Ref<SiteData>, locale: Locale) {
  const config = siteData.value.locales[locale]
  if (!config || (config.themeConfig as DefaultTheme.Config | undefined)?.sidebar) return
  const sidebar = expand((await load[locale]()).default)
  siteData.value = {
    ...siteData.value,
    locales: { ...siteData.value.locales, [locale]: { ...config, themeConfig: { ...config.themeConfig, sidebar } } },
  }
}

/**
 * Puts each language's sidebar into the site data before a page of that language renders:
 * on the server for every page, in the browser before the first page and before moving to
 * a page of the other language.
 */
export async function installSidebars(router: Router, siteData: Ref<SiteData>) {
  if (import.meta.env.SSR) {
    await Promise.all((['root', 'en'] as const).map((l) => ensure(siteData, l)))
    return
  }
  await ensure(siteData, localeOf(siteData.value.base, window.location.pathname))
  const before = router.onBeforePageLoad
  router.onBeforePageLoad = async (href) => {
    await ensure(siteData, localeOf(siteData.value.base, new URL(href, window.location.href).pathname))
    return before?.(href)
  }
}

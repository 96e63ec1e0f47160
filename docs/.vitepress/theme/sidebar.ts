import type { Ref } from 'vue'
import type { DefaultTheme, Router, SiteData } from 'vitepress'
import type { CompactSidebar, LocaleModule } from '../locale-modules'
import { island, wakeAll } from './islands'
import { ensurePageMap } from './page-map'

export type Locale = 'root' | 'en'

const load: Record<Locale, () => Promise<{ default: LocaleModule }>> = {
  root: () => import('virtual:ikz-locale/de'),
  en: () => import('virtual:ikz-locale/en'),
}

const expand = (c: CompactSidebar): DefaultTheme.SidebarMulti =>
  Object.fromEntries(Object.entries(c.keys).map(([key, i]) => [key, c.groups[i] ?? []]))

/** The language of a path below the site's base. */
export function localeOfPath(base: string, path: string): Locale {
  const rel = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '')
  return rel === 'en' || rel.startsWith('en/') ? 'en' : 'root'
}

let siteData: Ref<SiteData> | undefined
type FullTheme = DefaultTheme.Config & { sidebar: DefaultTheme.SidebarMulti }
/** The path of the page on screen: while the route changes, the address already shows the next. */
let shownPath = () => window.location.pathname
const loaded = new Map<Locale, FullTheme>()

/**
 * Loads a language's theme configuration with its full sidebar and returns the function that
 * puts it into the site data. A page's site data carries its own language's configuration with
 * a stub sidebar (configure.ts) – one entry per path prefix, enough for the layout to know where
 * a sidebar is – and of the other language only its name and address (page-maps.ts).
 */
async function fullSidebar(locale: Locale): Promise<() => void> {
  let theme = loaded.get(locale)
  if (!theme) {
    const module = (await load[locale]()).default
    theme = { ...module.theme, sidebar: expand(module.sidebar) }
    loaded.set(locale, theme)
  }
  const full = theme
  return () => {
    const data = siteData
    const config = data?.value.locales[locale]
    if (!data || !config || config.themeConfig === full) return
    data.value = { ...data.value, locales: { ...data.value.locales, [locale]: { ...config, themeConfig: full } } }
  }
}

/** VitePress's sidebar as an island (islands.ts): HTML first, code and data when needed. */
export const sidebarIsland = island({
  selector: '.VPSidebar',
  load: () => import('ikz-original:components/VPSidebar.vue'),
  prepare: () => fullSidebar(localeOfPath(import.meta.env.BASE_URL, shownPath())),
})

/**
 * On the server every page renders with its language's full sidebar. In the browser the
 * sidebar sleeps until it is needed; before the route changes, every island wakes and the
 * target language's sidebar and page map are in place.
 */
export async function installSidebars(router: Router, data: Ref<SiteData>) {
  siteData = data
  shownPath = () => router.route.path
  if (import.meta.env.SSR) {
    for (const locale of ['root', 'en'] as const) (await fullSidebar(locale))()
    return
  }
  const before = router.onBeforePageLoad
  let first = true
  router.onBeforePageLoad = async (href) => {
    // The first page renders with the stub: the sidebar sleeps in the page's HTML.
    if (first) {
      first = false
      return before?.(href)
    }
    const locale = localeOfPath(data.value.base, new URL(href, window.location.href).pathname)
    const [put] = await Promise.all([fullSidebar(locale), wakeAll(), ensurePageMap(data.value.base, locale)])
    put()
    return before?.(href)
  }
}

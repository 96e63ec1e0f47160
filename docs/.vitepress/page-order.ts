import type { DefaultTheme } from 'vitepress'

/**
 * What the browser needs of a sidebar before the sidebar itself loads (theme/sidebar.ts): for
 * each path prefix one empty entry, so the layout knows which pages have a sidebar.
 */
export function sidebarStub(sidebar: DefaultTheme.SidebarMulti): DefaultTheme.SidebarMulti {
  return Object.fromEntries(Object.keys(sidebar).map((key) => [key, [{ text: '' }]]))
}

/** A page path as VitePress compares it (its `isActive`): no query, no hash, no index.md. */
const normalise = (path: string) =>
  decodeURI(path)
    .replace(/[?#].*$/, '')
    .replace(/(?:(^|\/)index)?\.(?:md|html)$/, '$1')

/** The sidebar that applies to a page: the one under the longest matching path prefix. */
function sidebarOf(sidebar: DefaultTheme.SidebarMulti, relativePath: string): DefaultTheme.SidebarItem[] {
  const path = `/${relativePath}`
  const key = Object.keys(sidebar)
    .sort((a, b) => b.split('/').length - a.split('/').length)
    .find((k) => path.startsWith(k.startsWith('/') ? k : `/${k}`))
  const entry = key ? sidebar[key] : undefined
  return !entry ? [] : Array.isArray(entry) ? entry : entry.items
}

function links(items: DefaultTheme.SidebarItem[]): { text: string; link: string }[] {
  return items.flatMap((item) => [...(item.text && item.link ? [{ text: item.text, link: item.link }] : []), ...links(item.items ?? [])])
}

export type FooterLink = { text: string; link: string } | false

/**
 * The previous and next page in the order of the page's sidebar, as VitePress's page footer
 * would find them in the sidebar; written into the frontmatter at build time, so the browser
 * does not need the sidebar to show them.
 */
export function prevNext(sidebar: DefaultTheme.SidebarMulti, relativePath: string): { prev: FooterLink; next: FooterLink } {
  const seen = new Set<string>()
  const candidates = links(sidebarOf(sidebar, relativePath)).filter((l) => {
    const key = l.link.replace(/[?#].*$/, '')
    return seen.has(key) ? false : (seen.add(key), true)
  })
  const here = normalise(`/${relativePath}`)
  const i = candidates.findIndex((l) => normalise(l.link) === here)
  // As in VitePress: a page missing from its sidebar gets the sidebar's first page as next.
  const at = (j: number): FooterLink => {
    const c = candidates[j]
    return c ? { text: c.text, link: c.link } : false
  }
  return { prev: at(i - 1), next: at(i + 1) }
}

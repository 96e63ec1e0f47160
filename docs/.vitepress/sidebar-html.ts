/**
 * VitePress marks the sidebar entry of the current page only once the sidebar has hydrated in
 * the browser. The sidebar here hydrates when the reader turns to it (theme/sidebar.ts), so the
 * mark is written into the HTML at build time; the hydrated sidebar keeps it up to date.
 */
export function markCurrentSidebarEntry(html: string, base: string, relativePath: string): string {
  const path = relativePath.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '.html')
  const href = `${base}${path}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const entry = new RegExp(`(<div class="VPSidebarItem level-\\d+ is-link)("[^>]*><div class="item"[^>]*><div class="indicator"[^>]*></div><a class="VPLink link link" href="${href}")`)
  return html.replace(entry, '$1 is-active$2')
}

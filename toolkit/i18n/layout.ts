import type { UiStrings } from './schema'

/**
 * The strings the site's frame needs on every page (search, footer, sources, print, site
 * info). They travel with each language's theme configuration, so a page does not download
 * every UI string of both languages; the tools import the full set in their own chunks.
 */
export type LayoutStrings = Pick<UiStrings, 'site' | 'page' | 'footer' | 'siteInfo' | 'search'> & { print: UiStrings['reference']['print'] }

export const layoutStrings = (t: UiStrings): LayoutStrings => ({ site: t.site, page: t.page, footer: t.footer, siteInfo: t.siteInfo, search: t.search, print: t.reference.print })

import type { UiStrings } from './schema'

/**
 * The strings the site's frame needs on every page (search, footer, site). They travel with
 * each language's theme configuration, so a page does not download every UI string of both
 * languages; the sources are written into the pages at build time, the parts that few pages
 * show (site information, print button) bring their own strings (part-data.ts), and the tools
 * import the full set in their own chunks.
 */
export type LayoutStrings = Pick<UiStrings, 'site' | 'footer' | 'search'>

export const layoutStrings = (t: UiStrings): LayoutStrings => ({ site: t.site, footer: t.footer, search: t.search })

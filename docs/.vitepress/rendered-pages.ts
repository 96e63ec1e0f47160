/** Receives each page as the build writes it: its path below the output folder and its HTML. */
export type PageListener = (page: string, html: string) => void

const KEY = Symbol.for('ikz-kit.rendered-pages')
const registry = globalThis as Record<symbol, PageListener | undefined>

/**
 * Lets the build script follow the pages VitePress renders (the search index takes them in
 * while the rest are still rendering). Shared through `globalThis`: the configuration that
 * reports the pages is bundled on its own and does not share modules with the build script.
 */
export function listenToRenderedPages(listener: PageListener | undefined): void {
  registry[KEY] = listener
}

/** Called by the configuration's `transformHtml` with a page's final HTML. */
export function pageRendered(page: string, html: string): void {
  registry[KEY]?.(page, html)
}

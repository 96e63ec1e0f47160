import { processShared } from '../../toolkit/common/process-shared'

/** Receives each page as the build writes it: its path below the output folder and its HTML. */
export type PageListener = (page: string, html: string) => void

const registry = processShared('rendered-pages', () => ({ listener: undefined as PageListener | undefined }))

/**
 * Lets the build script follow the pages VitePress renders (the search index takes them in
 * while the rest are still rendering). The configuration that reports the pages is bundled on
 * its own and shares no module with the build script, hence a process-wide registry.
 */
export function listenToRenderedPages(listener: PageListener | undefined): void {
  registry.listener = listener
}

/** Called by the configuration's `transformHtml` with a page's final HTML. */
export function pageRendered(page: string, html: string): void {
  registry.listener?.(page, html)
}

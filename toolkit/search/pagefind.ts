/** The parts of Pagefind's browser API the site uses. */
export interface PagefindResultData {
  url: string
  excerpt: string
  meta: { title?: string }
}
export interface PagefindApi {
  options(o: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>
  init(): Promise<void>
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>
  destroy?(): Promise<void>
}

let loaded: { lang: string; api: PagefindApi } | undefined

/**
 * Loads the search index of the page's language from the site itself (`<base>pagefind/`).
 * Pagefind picks the index by the `lang` of <html>; after the reader switches language the
 * instance is reset so the other language's index is used.
 */
export async function loadPagefind(base: string, lang: string): Promise<PagefindApi> {
  if (loaded && loaded.lang === lang) return loaded.api
  const url = `${base}pagefind/pagefind.js`
  const api = (await import(/* @vite-ignore */ url)) as PagefindApi
  if (loaded && api.destroy) await api.destroy()
  // Searching in the page instead of a worker spares the worker's script (about 12 KB gzip,
  // the search code a second time) on the first search; the index of a few hundred pages
  // answers in milliseconds, so the page does not noticeably wait for it.
  await api.options({ baseUrl: base, excerptLength: 24, noWorker: true })
  await api.init()
  loaded = { lang, api }
  return api
}

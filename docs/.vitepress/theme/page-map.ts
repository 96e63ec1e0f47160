import type { Locale } from './sidebar'

type PageMap = Record<string, string>

/** Page files are named after their path, with `_` for `/`; English pages begin with `en_`. */
const hasLocale = (map: PageMap, locale: Locale) => Object.keys(map).some((key) => key.startsWith('en_') === (locale === 'en'))

let whole: Promise<void> | undefined

/**
 * A page carries the map from page paths to page files of its own language only (the build
 * splits VitePress's map, configure.ts). Before the reader moves to the other language, the
 * map of the whole site is fetched once, the file VitePress itself falls back to.
 */
export function ensurePageMap(base: string, locale: Locale): Promise<void> {
  const globals = window as unknown as { __VP_HASH_MAP__: PageMap }
  if (hasLocale(globals.__VP_HASH_MAP__, locale)) return Promise.resolve()
  whole ??= fetch(`${base}hashmap.json`)
    .then((r) => (r.ok ? (r.json() as Promise<PageMap>) : {}))
    .then((map) => void Object.assign(globals.__VP_HASH_MAP__, map))
    .catch(() => {
      whole = undefined
    })
  return whole
}

import { createHash } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Lang } from '../../toolkit/content/primitives'

const MAP = 'window.__VP_HASH_MAP__=JSON.parse('
const DATA = ');window.__VP_SITE_DATA__=JSON.parse('
const END = ');'

/**
 * VitePress's metadata script for the pages of one language. VitePress gives every page the
 * map from page paths to page files of the whole site and the theme configuration of every
 * language; a reader stays in one language, so a page gets its own language's part of both.
 * Of the other language the site data keeps name, language and address, which the language
 * menu shows; the rest comes with the other language's module when the reader switches
 * (theme/sidebar.ts, theme/page-map.ts).
 */
export function metadataFor(script: string, lang: Lang): string {
  const data = script.indexOf(DATA)
  if (!script.startsWith(MAP) || data < 0 || !script.endsWith(END)) throw new Error('unexpected form of VitePress metadata script')
  const map = JSON.parse(JSON.parse(script.slice(MAP.length, data)) as string) as Record<string, string>
  const site = JSON.parse(JSON.parse(script.slice(data + DATA.length, -END.length)) as string) as { locales: Record<string, { themeConfig?: unknown }> }
  const own = Object.fromEntries(Object.entries(map).filter(([page]) => page.startsWith('en_') === (lang === 'en')))
  const other = lang === 'en' ? 'root' : 'en'
  const locale = site.locales[other]
  if (locale) delete locale.themeConfig
  return `${MAP}${JSON.stringify(JSON.stringify(own))}${DATA}${JSON.stringify(JSON.stringify(site))}${END}`
}

/** Writes each language's metadata script beside VitePress's and points the pages at it. */
export function pageMapSplitter() {
  const written = new Map<string, string>()
  const originals = new Set<string>()
  const SCRIPT = /(<script type="module" src=")([^"]*assets\/chunks\/metadata\.[0-9a-f]{8}\.js)(")/

  function fileFor(outDir: string, base: string, src: string, lang: Lang): string {
    const key = `${src} ${lang}`
    const known = written.get(key)
    if (known) return known
    const rel = src.slice(base.length)
    originals.add(rel)
    const content = metadataFor(readFileSync(join(outDir, rel), 'utf8'), lang)
    const name = rel.replace(/metadata\.[0-9a-f]{8}\.js$/, `metadata.${lang}.${createHash('sha256').update(content).digest('hex').slice(0, 8)}.js`)
    writeFileSync(join(outDir, name), content)
    written.set(key, base + name)
    return base + name
  }

  return {
    /** For VitePress's `transformHtml`: the page's script tag points at its language's metadata. */
    transformHtml(html: string, page: { relativePath: string; outDir: string; base: string }): string {
      const lang: Lang = page.relativePath.startsWith('en/') ? 'en' : 'de'
      return html.replace(SCRIPT, (_, open: string, src: string, close: string) => `${open}${fileFor(page.outDir, page.base, src, lang)}${close}`)
    },
    /** For `buildEnd`: the combined script is no longer referenced. */
    removeOriginals(outDir: string): void {
      for (const rel of originals) rmSync(join(outDir, rel), { force: true })
    },
  }
}

import { createHash } from 'node:crypto'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Lang } from '../../toolkit/content/primitives'

/**
 * VitePress gives every page one metadata script with the map from page paths to page files
 * of the whole site; a reader stays in one language, so each page gets the map of its own
 * language instead (theme/page-map.ts fetches the rest before a switch of language). The
 * site data that follows the map in the script is kept as it is.
 */
export function pageMapSplitter(outDir: string, base: string) {
  const written = new Map<string, string>()
  const originals = new Set<string>()
  const SCRIPT = /(<script type="module" src=")([^"]*assets\/chunks\/metadata\.[0-9a-f]{8}\.js)(")/

  function fileFor(src: string, lang: Lang): string {
    const key = `${src} ${lang}`
    const known = written.get(key)
    if (known) return known
    const rel = src.slice(base.length)
    originals.add(rel)
    const content = readFileSync(join(outDir, rel), 'utf8')
    const head = 'window.__VP_HASH_MAP__=JSON.parse('
    const end = content.indexOf(');window.__VP_SITE_DATA__=')
    if (!content.startsWith(head) || end < 0) throw new Error(`unexpected metadata script ${rel}`)
    const map = JSON.parse(JSON.parse(content.slice(head.length, end)) as string) as Record<string, string>
    const own = Object.fromEntries(Object.entries(map).filter(([page]) => page.startsWith('en_') === (lang === 'en')))
    const next = `${head}${JSON.stringify(JSON.stringify(own))}${content.slice(end)}`
    const name = rel.replace(/metadata\.[0-9a-f]{8}\.js$/, `metadata.${lang}.${createHash('sha256').update(next).digest('hex').slice(0, 8)}.js`)
    writeFileSync(join(outDir, name), next)
    written.set(key, base + name)
    return base + name
  }

  return {
    /** For VitePress's `transformHtml`: the page's script tag points at its language's map. */
    transformHtml(html: string, relativePath: string): string {
      const lang: Lang = relativePath.startsWith('en/') ? 'en' : 'de'
      return html.replace(SCRIPT, (_, open: string, src: string, close: string) => `${open}${fileFor(src, lang)}${close}`)
    },
    /** For `buildEnd`: the combined script is no longer referenced. */
    removeOriginals(): void {
      for (const rel of originals) rmSync(join(outDir, rel), { force: true })
    },
  }
}

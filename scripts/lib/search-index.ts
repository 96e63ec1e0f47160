import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import { listTree } from '../../toolkit/content/load'

/**
 * Parts of the page that are navigation, not content. Pagefind indexes the rest, so a search
 * finds what a page says, not what its sidebar lists.
 */
export const excludeSelectors = [
  '.VPNav',
  '.VPLocalNav',
  '.VPSidebar',
  '.VPDocAside',
  '.VPDocFooter',
  '.VPFooter',
  '.VPSkipLink',
  '.ikz-search',
  '.ikz-term-tip',
  '.ikz-page-sources',
  '.header-anchor',
  '.VPHomeFeatures .link-text',
]

export interface IndexResult {
  pages: number
  languages: string[]
}

export interface SearchIndex {
  /** Takes in a page (path below the site folder, e.g. `grundlagen/was-ist-ikz.html`) while others are still being built. */
  add(sourcePath: string, content: string): void
  /** Takes in the site's pages not added yet, writes the index into `<outDir>/pagefind/` and stops Pagefind. */
  finish(outDir: string): Promise<IndexResult>
  /** Stops Pagefind without writing anything, for a build that failed. */
  abandon(): Promise<void>
}

/** Pages a search finds: every HTML page but the 404 page and Pagefind's own files. */
const isSearchable = (path: string) => path.endsWith('.html') && path !== '404.html' && !path.startsWith('pagefind/')

/**
 * Starts Pagefind for a site that is being built. Pages can be given as they are rendered, so
 * Pagefind (a program of its own) indexes them while the build renders the rest; `finish`
 * reads from disk whatever was not given and writes one index per page language. Pages for
 * which `skip` says yes (those of parts the operator hides) are left out.
 */
export async function startSearchIndex(options: { skip?: (path: string) => boolean } = {}): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  const added = new Set<string>()
  const pending: Promise<void>[] = []
  const languages = new Set<string>()
  const failures: string[] = []

  const wanted = (path: string) => isSearchable(path) && !options.skip?.(path)
  function add(sourcePath: string, content: string): void {
    if (!wanted(sourcePath) || added.has(sourcePath)) return
    added.add(sourcePath)
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(content)?.[1]
    if (lang) languages.add(lang)
    // Failures are collected, not thrown: a rejection nobody awaits yet would end the process.
    pending.push(
      index!.addHTMLFile({ sourcePath, content }).then(
        (r) => void (r.errors.length && failures.push(`${sourcePath}: ${r.errors.join('; ')}`)),
        (e: unknown) => void failures.push(`${sourcePath}: ${(e as Error).message}`),
      ),
    )
  }

  return {
    add,
    async finish(outDir) {
      const pages = listTree(outDir).filter(wanted)
      for (const sourcePath of pages) if (!added.has(sourcePath)) add(sourcePath, await readFile(join(outDir, sourcePath), 'utf8'))
      try {
        await Promise.all(pending)
        if (failures.length) throw new Error(`Pagefind could not index ${failures.join('\n')}`)
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') })
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`)
      } finally {
        await pagefind.close()
      }
      return { pages: pages.length, languages: [...languages].sort() }
    },
    async abandon() {
      await Promise.all(pending)
      await pagefind.close()
    },
  }
}

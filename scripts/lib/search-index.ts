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

/** Builds the Pagefind index of a built site into `<outDir>/pagefind/`, one index per page language. */
export async function buildSearchIndex(outDir: string): Promise<IndexResult> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  const pages = listTree(outDir).filter((f) => f.endsWith('.html') && f !== '404.html' && !f.startsWith('pagefind/'))
  const languages = new Set<string>()
  for (const sourcePath of pages) {
    const content = await readFile(join(outDir, sourcePath), 'utf8')
    const added = await index.addHTMLFile({ sourcePath, content })
    if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`)
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(content)?.[1]
    if (lang) languages.add(lang)
  }
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') })
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`)
  await pagefind.close()
  return { pages: pages.length, languages: [...languages].sort() }
}

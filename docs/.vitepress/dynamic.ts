import { resolve } from 'node:path'
import type { Lang } from '../../toolkit/content/primitives'
import { loadData } from '../../toolkit/content/load-data'
import { pagesOf, type ReferenceSection } from '../../toolkit/content/pages'
import { repoRoot } from './site-paths'

/**
 * The routes of a reference section for VitePress's dynamic routes (`[slug].paths.ts`): one
 * page per record plus the overview, generated from data/ by the same function the content
 * check uses, so what is checked is what is built.
 */
export function pathsFor(lang: Lang, section: ReferenceSection) {
  const data = loadData(resolve(repoRoot, 'data'))
  return pagesOf(data, lang, section).map((page) => ({ params: { slug: page.slug, fm: page.frontmatter }, content: page.content }))
}

/** Data files the dynamic routes depend on, for live reload in `npm run dev`. */
export const watchData = [resolve(repoRoot, 'data/*.json')]

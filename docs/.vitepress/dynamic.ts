import type { Lang } from '../../toolkit/content/primitives'
import { loadData } from '../../toolkit/content/load-data'
import { processShared } from '../../toolkit/common/process-shared'
import { generatedPages, type GeneratedPage, type ReferenceData, type ReferenceSection } from '../../toolkit/content/pages'

/**
 * The routes of a reference section for VitePress's dynamic routes (`[slug].paths.ts`, through
 * route-registry.ts): one page per record plus the overview, generated from the data in
 * `dataDir` by the same function the content check uses, so what is checked is what is built.
 */
export function pathsFor(dataDir: string, lang: Lang, section: ReferenceSection) {
  const data = loadData(dataDir)
  return pagesFor(data, lang)
    .filter((p) => p.section === section)
    .map((page) => ({ params: { slug: page.slug, fm: page.frontmatter }, content: page.content }))
}

/** A language's pages generated from data, made once per version of the data (see pagesCache). */
export function pagesFor(data: ReferenceData, lang: Lang): GeneratedPage[] {
  let generated = pagesCache.get(lang)
  if (generated?.data !== data) pagesCache.set(lang, (generated = { data, pages: generatedPages(data, [lang]) }))
  return generated.pages
}

/**
 * A language's generated pages, made once per version of the data for all of its sections: each
 * section's route file is bundled on its own, and this cache is shared by all of them.
 */
const pagesCache = processShared('generated-pages', () => new Map<Lang, { data: ReferenceData; pages: GeneratedPage[] }>())

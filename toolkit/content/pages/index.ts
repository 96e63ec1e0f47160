import { LANGS, type Lang } from '../primitives'
import { ui } from '../../i18n'
import { areaPages } from './areas'
import { formPages } from './forms'
import { glossaryPage } from './glossary'
import { lawPages } from './laws'
import { examplePages } from './examples'
import { fundingPages } from './funding'
import { openDataPages } from './opendata'
import type { GeneratedPage, ReferenceData, ReferenceSection } from './types'

export type { GeneratedPage, ReferenceData, ReferenceSection } from './types'
export { REFERENCE_SECTIONS, pathOf } from './types'

/** Every page generated from data, in both languages. Pure: the same data gives the same pages. */
export function generatedPages(data: ReferenceData, langs: readonly Lang[] = LANGS): GeneratedPage[] {
  return langs.flatMap((lang) => {
    const ctx = { data, lang, t: ui[lang] }
    return [...formPages(ctx), ...lawPages(ctx), ...areaPages(ctx), glossaryPage(ctx), ...examplePages(ctx), ...fundingPages(ctx), ...openDataPages(ctx)].map((p) => (p.slug === 'index' ? { ...p, navTitle: ctx.t.reference.overview } : p))
  })
}

export const pagesOf = (data: ReferenceData, lang: Lang, section: ReferenceSection) => generatedPages(data, [lang]).filter((p) => p.section === section)

/** The page as a Markdown file would hold it: frontmatter and body. */
export function pageSource(page: GeneratedPage, stringify: (v: unknown) => string): string {
  return `---\n${stringify(page.frontmatter)}---\n\n${page.content}`
}

/** Route key below docs/, as the checker names pages: `en/kooperationsformen/zweckverband`. */
export const routeOfPage = (p: GeneratedPage) => `${p.lang === 'de' ? '' : 'en/'}${p.section}/${p.slug}`

import type { Collections } from '../collections'
import type { Lang, Source } from '../primitives'
import type { UiStrings } from '../../i18n/schema'

/** The reference sections generated from data, by folder below docs/ (German slug). */
export const REFERENCE_SECTIONS = ['kooperationsformen', 'landesrecht', 'aufgabenfelder', 'glossar', 'beispiele', 'foerderung', 'daten'] as const
export type ReferenceSection = (typeof REFERENCE_SECTIONS)[number]

export type ReferenceData = Pick<Collections, 'forms' | 'laws' | 'areas' | 'glossary' | 'examples' | 'funding'>

/** A page generated from data: where it goes, its frontmatter and its Markdown body. */
export interface GeneratedPage {
  section: ReferenceSection
  /** Page slug inside the section; `index` is the section overview. */
  slug: string
  lang: Lang
  /** Shorter label for the sidebar, where the title is long. */
  navTitle?: string
  frontmatter: {
    title: string
    description: string
    updated: string
    kind: 'reference'
    tags: string[]
    sources: Source[]
  }
  content: string
}

/** What a generator needs: the data, the language and its strings. */
export interface PageContext {
  data: ReferenceData
  lang: Lang
  t: UiStrings
}

/** Site path of a page in the given language, e.g. `/en/kooperationsformen/zweckverband`. */
export const pathOf = (lang: Lang, section: ReferenceSection, slug = 'index') => `${lang === 'de' ? '/' : '/en/'}${section}/${slug === 'index' ? '' : slug}`

/** The latest of several ISO dates. */
export const latest = (dates: string[]) => dates.reduce((a, b) => (a > b ? a : b))

/** Sources of several records, each once (by URL or citation). */
export function uniqueSources(lists: Source[][]): Source[] {
  const seen = new Set<string>()
  return lists.flat().filter((s) => {
    const key = s.url ?? s.citation ?? s.title
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** A description for search results, cut at a word boundary. */
export function describe(textValue: string, max = 280): string {
  const flat = textValue.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`
}

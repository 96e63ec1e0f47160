/**
 * The reading order of the written guides: the sidebar and the prev/next links follow it.
 * Pages are named by their German slug, the same in both languages; titles come from the pages.
 * Sections generated from data (forms, laws, areas, glossary) take their order from data/.
 */
export interface GuideSection {
  /** Key of the label in toolkit/i18n (`sidebar.<key>`). */
  key: 'basics'
  /** Folder below docs/ (and docs/en/). */
  dir: string
  /** Page slugs in reading order; `index` is the section's overview. */
  pages: string[]
}

export const guideSections: GuideSection[] = [{ key: 'basics', dir: 'grundlagen', pages: ['was-ist-ikz'] }]

/**
 * The reading order of each section: the sidebar and the prev/next links follow it. Pages are
 * named by their German slug, which is the same in both languages; titles come from the pages.
 */
export interface Section {
  /** Key of the label in toolkit/i18n (`sidebar.<key>`). */
  key: 'basics'
  /** Folder below docs/ (and docs/en/). */
  dir: string
  /** Page slugs in reading order; `index` is the section's overview. */
  pages: string[]
}

export const sections: Section[] = [{ key: 'basics', dir: 'grundlagen', pages: ['was-ist-ikz'] }]

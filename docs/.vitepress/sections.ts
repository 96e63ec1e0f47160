/**
 * The reading order of the written guides: the sidebar and the prev/next links follow it.
 * Pages are named by their German slug, the same in both languages; titles come from the pages.
 * Sections generated from data (forms, laws, areas, glossary) take their order from data/.
 */
export interface GuideSection {
  /** Key of the label in toolkit/i18n (`sidebar.<key>`). */
  key: 'basics' | 'process' | 'methods' | 'faq'
  /** Folder below docs/ (and docs/en/). */
  dir: string
  /** Page slugs in reading order; `index` is the section's overview. */
  pages: string[]
}

export const guideSections: GuideSection[] = [
  { key: 'basics', dir: 'grundlagen', pages: ['index', 'was-ist-ikz', 'treiber', 'nutzen', 'risiken-und-grenzen', 'erfolgsfaktoren'] },
  {
    key: 'process',
    dir: 'prozess',
    pages: [
      'index',
      'initiative-und-partnersuche',
      'analyse-und-machbarkeit',
      'konzept',
      'beschluss-und-vertrag',
      'umsetzung',
      'betrieb-und-evaluation',
      'absichtserklaerung',
      'kooperationsvertrag',
      'steuerung',
      'konfliktloesung',
      'austritt',
      'erfolgsmessung',
      'personal-und-personalrat',
    ],
  },
  {
    key: 'methods',
    dir: 'methoden',
    pages: ['index', 'stakeholder-analyse', 'kommunikationskonzept', 'buergerbeteiligung', 'moderationsformate', 'strategie-und-leitbild', 'projektmanagement', 'foerdermittelmanagement', 'regionalmanagement'],
  },
  { key: 'faq', dir: 'faq', pages: ['index'] },
]

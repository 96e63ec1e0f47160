import type { SiteSettings } from './collections'

type Part = Exclude<keyof SiteSettings['show'], 'tools'>
type Tool = keyof SiteSettings['show']['tools']

/** The folders (below docs/ and docs/en/) of each part of the site an operator can hide (data/site.json `show`). */
export const PART_DIRS = {
  basics: ['grundlagen'],
  process: ['prozess'],
  methods: ['methoden'],
  reference: ['kooperationsformen', 'landesrecht', 'aufgabenfelder', 'glossar'],
  practice: ['beispiele', 'foerderung', 'daten'],
  faq: ['faq'],
} as const satisfies Record<Part, readonly string[]>

/** The page of each tool, below `werkzeuge/`, in the order the navigation lists them. */
export const TOOL_PAGES = { wegweiser: 'kooperations-wegweiser', stakeholders: 'stakeholder-analyse', strategy: 'leitbild-werkstatt' } as const satisfies Record<Tool, string>

/**
 * Whether a built page (its path below the site folder, e.g. `en/faq/index.html`) belongs to a
 * part or tool the operator hides. Such a page is still built, so links to it keep working,
 * but it is left out of the navigation and the search.
 */
export function isHiddenPage(path: string, show: SiteSettings['show']): boolean {
  const [dir, file] = path.replace(/^en\//, '').split('/')
  if ((Object.keys(PART_DIRS) as Part[]).some((part) => !show[part] && (PART_DIRS[part] as readonly string[]).includes(dir ?? ''))) return true
  return dir === 'werkzeuge' && (Object.keys(TOOL_PAGES) as Tool[]).some((tool) => !show.tools[tool] && file === `${TOOL_PAGES[tool]}.html`)
}

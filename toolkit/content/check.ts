import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { collections } from './collections'
import { generatedPages, routeOfPage } from './pages'
import { openDataPaths } from '../opendata/export'
import { checkData } from './data-check'
import { listTree, readTree } from './load'
import { checkPages, type PageInput } from './page-check'
import { checkAllUiStrings } from '../i18n/validate'
import { byPosition, type Problem } from './problem'

export interface CheckResult {
  problems: Problem[]
  pages: number
}

export interface ProjectFiles {
  /** data/*.json: file name → text */
  data: Record<string, string>
  /** docs/**: path below docs/ → text, Markdown pages only */
  docs: Record<string, string>
  /** paths below docs/public/ */
  publicFiles: string[]
  /** toolkit/i18n: path without `.json` (`de`, `tools/common/de`) → JSON text */
  ui: Record<string, string>
}

/** Route key of a Markdown file below docs/: `grundlagen/index.md` → `grundlagen/index`. */
export const routeOf = (rel: string) => rel.replace(/\.md$/, '')

/** Dynamic route templates (`[id].md`) are checked through the pages they generate. */
const isTemplate = (rel: string) => /\[[^\]]+\]\.md$/.test(rel)

/** Checks a project given as files in memory; the CLI and the tests both come through here. */
export function checkFiles(files: ProjectFiles): CheckResult {
  const { problems, data } = checkData(files.data)
  problems.push(...checkAllUiStrings(files.ui))
  for (const name of Object.keys(collections)) {
    if (!(`${name}.json` in files.data)) problems.push({ file: `data/${name}.json`, line: 1, message: 'required data collection is missing' })
  }
  const pages: PageInput[] = Object.entries(files.docs)
    .filter(([rel]) => !isTemplate(rel))
    .map(([rel, source]) => ({ file: `docs/${rel}`, route: routeOf(rel), source }))
  // Pages generated from data are checked like written ones, once the data itself is valid.
  if (data.forms && data.laws && data.areas && data.glossary && data.examples && data.funding && !problems.some((p) => p.file.startsWith('data/')))
    for (const page of generatedPages({ forms: data.forms, laws: data.laws, areas: data.areas, glossary: data.glossary, examples: data.examples, funding: data.funding })) {
      const route = routeOfPage(page)
      const template = `${route.replace(/[^/]+$/, '[slug].md')}`
      if (!(template in files.docs)) continue // only sections the site builds
      pages.push({ file: `docs/${template} (${page.slug})`, route, source: page.content, frontmatter: page.frontmatter })
    }
  const logo = data.site?.branding.logo
  if (logo && !files.publicFiles.includes(logo)) problems.push({ file: 'data/site.json', line: 1, field: 'branding.logo', message: `docs/public/${logo} does not exist` })
  // The open-data downloads are written by the build next to the public files.
  problems.push(...checkPages(pages, { publicFiles: new Set([...files.publicFiles, ...openDataPaths()]) }))
  return { problems: problems.sort(byPosition), pages: pages.length }
}

/** Reads a project directory (with data/ and docs/); the UI strings come from `uiRoot`/toolkit/i18n. */
export function readProject(root: string, uiRoot = root): ProjectFiles {
  const docsDir = join(root, 'docs')
  const publicDir = join(docsDir, 'public')
  return {
    data: readTree(join(root, 'data'), (rel) => !rel.includes('/')),
    docs: readTree(docsDir, (rel) => rel.endsWith('.md') && !rel.startsWith('.vitepress/') && !rel.startsWith('public/')),
    publicFiles: existsSync(publicDir) ? listTree(publicDir) : [],
    ui: Object.fromEntries(
      Object.entries(readTree(join(uiRoot, 'toolkit/i18n'), (rel) => /^(?:tools\/[a-z-]+\/)?[a-z]{2}\.json$/.test(rel))).map(([rel, text]) => [rel.slice(0, -5), text]),
    ),
  }
}

export const checkProject = (root: string, uiRoot = root): CheckResult => checkFiles(readProject(root, uiRoot))

import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import matter from 'gray-matter'
import { parse, stringify } from 'yaml'
import { listTree } from '../../toolkit/content/load'

/** The folders a site build reads; node_modules is linked, not copied. */
const PROJECT = ['data', 'docs', 'toolkit', 'package.json', 'tsconfig.json']

/** Written pages of a language (below docs/ or docs/en/), not counting generated routes. */
const writtenPages = (repo: string, lang: 'de' | 'en') =>
  listTree(join(repo, 'docs')).filter((f) => f.endsWith('.md') && !f.includes('[') && !f.startsWith('.vitepress/') && (lang === 'en') === f.startsWith('en/'))

/**
 * A copy of the project with synthetic guide pages added until each language has about
 * `perLanguage` pages, for measuring how the build grows. The pages repeat the text of a real
 * guide with its links turned into plain text, so every page is a realistic size and valid.
 */
export function scaledProject(repo: string, dir: string, perLanguage: number, existingPerLanguage: number): number {
  mkdirSync(dir, { recursive: true })
  for (const entry of PROJECT) cpSync(join(repo, entry), join(dir, entry), { recursive: true })
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const extra = Math.max(0, perLanguage - existingPerLanguage)
  for (const lang of ['de', 'en'] as const) {
    const source = join(repo, 'docs', lang === 'en' ? 'en' : '', 'grundlagen/was-ist-ikz.md')
    const { data, content } = matter(readFileSync(source, 'utf8'), { engines: { yaml: (t: string) => (parse(t) ?? {}) as object } })
    const body = content.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^# .*$/m, '')
    const folder = join(dir, 'docs', lang === 'en' ? 'en' : '', 'generiert')
    mkdirSync(folder, { recursive: true })
    for (let i = 1; i <= extra; i++) {
      const title = `${lang === 'en' ? 'Generated page' : 'Generierte Seite'} ${i}`
      writeFileSync(join(folder, `seite-${i}.md`), `---\n${stringify({ ...data, title })}---\n\n# ${title}\n${body}`)
    }
  }
  return writtenPages(dir, 'de').length
}

export const writtenPageCount = (repo: string) => writtenPages(repo, 'de').length

import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { guideSections } from '../../../docs/.vitepress/sections'
import { frontmatter } from '../../../toolkit/content/frontmatter'
import { splitPage } from '../../../toolkit/content/frontmatter-source'
import { countWords } from '../../../toolkit/content/words'

const docs = resolve(import.meta.dirname, '../../../docs')
const read = (rel: string) => readFileSync(resolve(docs, rel), 'utf8')

/** The guides the knowledge base promises, by section; overviews are navigation and may be shorter. */
const required: Record<string, string[]> = {
  grundlagen: ['was-ist-ikz', 'treiber', 'nutzen', 'risiken-und-grenzen', 'erfolgsfaktoren'],
  prozess: ['initiative-und-partnersuche', 'analyse-und-machbarkeit', 'konzept', 'beschluss-und-vertrag', 'umsetzung', 'betrieb-und-evaluation', 'absichtserklaerung', 'kooperationsvertrag', 'steuerung', 'konfliktloesung', 'austritt', 'erfolgsmessung', 'personal-und-personalrat'],
  methoden: ['stakeholder-analyse', 'kommunikationskonzept', 'buergerbeteiligung', 'moderationsformate', 'strategie-und-leitbild', 'projektmanagement', 'foerdermittelmanagement', 'regionalmanagement'],
  faq: ['index'],
}
const phases = ['initiative-und-partnersuche', 'analyse-und-machbarkeit', 'konzept', 'beschluss-und-vertrag', 'umsetzung', 'betrieb-und-evaluation']
const trustPages = ['barrierefreiheit', 'leichte-sprache', 'datenschutz', 'impressum']

describe('guides', () => {
  for (const [section, pages] of Object.entries(required)) {
    for (const page of pages) {
      const rel = `${section}/${page}.md`
      it(`${rel} exists in both languages, is a sourced guide and has at least 400 German words`, () => {
        expect(existsSync(resolve(docs, rel)), rel).toBe(true)
        expect(existsSync(resolve(docs, 'en', rel)), `en/${rel}`).toBe(true)
        const split = splitPage(read(rel))
        expect(split.ok).toBe(true)
        const fm = frontmatter.parse(split.ok ? split.data : {})
        expect(fm.kind).toBe('guide')
        expect(fm.sources.length).toBeGreaterThan(0)
        expect(countWords(read(rel))).toBeGreaterThanOrEqual(400)
        expect(countWords(read(`en/${rel}`))).toBeGreaterThanOrEqual(300)
      })
    }
  }

  it('every process phase has a checklist that prints (a task list or a table)', () => {
    for (const phase of phases)
      for (const lang of ['', 'en/']) expect(read(`${lang}prozess/${phase}.md`), `${lang}${phase}`).toMatch(/^\s*- \[ \] |^\|.*\|$/m)
  })

  it('the FAQ answers at least 14 questions in both languages', () => {
    for (const lang of ['', 'en/']) expect(read(`${lang}faq/index.md`).match(/^### /gm)?.length ?? 0).toBeGreaterThanOrEqual(14)
  })

  it('every section overview exists and every guide page is in the reading order', () => {
    for (const s of guideSections) for (const page of s.pages) expect(existsSync(resolve(docs, s.dir, `${page}.md`)), `${s.dir}/${page}`).toBe(true)
    for (const [section, pages] of Object.entries(required)) {
      const order = guideSections.find((s) => s.dir === section)?.pages ?? []
      for (const page of pages) expect(order, section).toContain(page)
    }
  })

  it('the legally required and trust pages exist in both languages', () => {
    for (const page of trustPages) for (const lang of ['', 'en/']) expect(existsSync(resolve(docs, `${lang}${page}.md`)), `${lang}${page}`).toBe(true)
    expect(read('barrierefreiheit.md')).toContain('<SiteInfo part="accessibility" />')
    expect(read('impressum.md')).toContain('<SiteInfo part="operator" />')
  })
})

describe('countWords', () => {
  it('counts prose, not frontmatter, code, tags or link targets', () => {
    const src = '---\ntitle: T\n---\n\n# Zwei Wörter\n\n[ein Link](/sehr/langer/pfad) und `code`.\n\n```sh\nnpm run build\n```\n\n<SiteInfo part="operator" />\n\n| A | B |\n| --- | --- |\n| c | d |\n'
    expect(countWords(src)).toBe(2 + 3 + 1 + 4)
  })
})

import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LAENDER } from '../../../toolkit/content/collections'
import { loadData } from '../../../toolkit/content/load-data'
import { generatedPages, routeOfPage } from '../../../toolkit/content/pages'
import { CRITERIA } from '../../../toolkit/content/pages/forms'

const data = loadData(resolve(import.meta.dirname, '../../../data'))

describe('reference data', () => {
  it('has the cooperation forms the knowledge base promises', () => {
    expect(data.forms.map((f) => f.id).sort()).toEqual(
      ['arbeitsgemeinschaft', 'gemeinsames-kommunalunternehmen', 'oeffentlich-rechtliche-vereinbarung', 'privatrechtliche-formen', 'shared-service-center', 'verwaltungsgemeinschaft', 'zweckverband'].sort(),
    )
  })

  it('covers every Land once: 13 Flächenländer with their act and 3 city-states', () => {
    expect(data.laws.map((l) => l.land).sort()).toEqual([...LAENDER].sort())
    const flaeche = data.laws.filter((l) => l.kind === 'flaechenland')
    expect(flaeche).toHaveLength(13)
    expect(flaeche.every((l) => l.act !== undefined)).toBe(true)
    expect(data.laws.filter((l) => l.kind === 'stadtstaat').map((l) => l.land).sort()).toEqual(['BE', 'HB', 'HH'])
  })

  it('has the task areas the site promises', () => {
    const ids = data.areas.map((a) => a.id)
    for (const id of ['wasser-abwasser', 'breitband', 'bauhof', 'feuerwehr', 'standesamt', 'vergabestelle', 'verwaltung-it', 'tourismus', 'jugendarbeit', 'schulverwaltung-schul-it', 'personal-entgelt', 'finanzen-kasse', 'klimaschutz-energie', 'gewerbegebiete', 'ordnungsamt'])
      expect(ids).toContain(id)
  })

  it('has at least 60 glossary terms, each with an English rendering and both definitions', () => {
    expect(data.glossary.length).toBeGreaterThanOrEqual(60)
    for (const g of data.glossary) {
      expect(g.english.trim(), g.id).not.toBe('')
      expect(g.definition.de.length, g.id).toBeGreaterThan(20)
      expect(g.definition.en.length, g.id).toBeGreaterThan(20)
    }
  })

  it('dates every record and gives it sources', () => {
    for (const record of [...data.forms, ...data.laws, ...data.areas, ...data.glossary]) {
      expect(record.stand, record.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(record.sources.length, record.id).toBeGreaterThan(0)
    }
  })

  it('links every form to provisions in at least two Länder and to task areas', () => {
    for (const f of data.forms.filter((x) => x.category !== 'organisational')) {
      const lands = data.laws.filter((l) => l.provisions.some((p) => p.form === f.id))
      expect(lands.length, f.id).toBeGreaterThanOrEqual(2)
      expect(f.areas.length, f.id).toBeGreaterThan(0)
    }
  })
})

describe('pages generated from the data', () => {
  const pages = generatedPages(data)
  const routes = new Set(pages.map(routeOfPage))

  it('exist in both languages for every record and section', () => {
    for (const prefix of ['', 'en/']) {
      for (const f of data.forms) expect(routes).toContain(`${prefix}kooperationsformen/${f.id}`)
      for (const l of data.laws) expect(routes).toContain(`${prefix}landesrecht/${l.id}`)
      for (const a of data.areas) expect(routes).toContain(`${prefix}aufgabenfelder/${a.id}`)
      for (const s of ['kooperationsformen/index', 'kooperationsformen/vergleich', 'landesrecht/index', 'aufgabenfelder/index', 'glossar/index']) expect(routes).toContain(`${prefix}${s}`)
    }
    expect(pages.filter((p) => p.lang === 'de')).toHaveLength(pages.filter((p) => p.lang === 'en').length)
  })

  it('put every criterion of every form into the comparison, screen and print', () => {
    for (const lang of ['de', 'en'] as const) {
      const cmp = pages.find((p) => p.lang === lang && p.slug === 'vergleich')?.content ?? ''
      for (const f of data.forms)
        for (const k of CRITERIA) expect(cmp.split(f[k].summary[lang]).length - 1, `${f.id}.${k}`).toBeGreaterThanOrEqual(lang === 'de' ? 2 : 2)
    }
  })

  it('list on each form page the provisions of every Land that regulates it', () => {
    const page = pages.find((p) => p.lang === 'de' && p.slug === 'zweckverband')?.content ?? ''
    for (const law of data.laws.filter((l) => l.provisions.some((x) => x.form === 'zweckverband'))) expect(page).toContain(`](/landesrecht/${law.id})`)
  })

  it('anchor every glossary term under its id in both languages', () => {
    for (const lang of ['de', 'en'] as const) {
      const page = pages.find((p) => p.lang === lang && p.section === 'glossar')?.content ?? ''
      for (const g of data.glossary) expect(page).toContain(`{#${g.id}}`)
    }
  })

  it('are the same every time (pure generation)', () => {
    expect(generatedPages(data)).toEqual(pages)
  })
})

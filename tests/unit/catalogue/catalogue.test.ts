import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyState, bandOf, emptyState, facetCounts, fold, searchText, sortExamples, type CatalogueState } from '../../../toolkit/catalogue/filter'
import { filterFunding } from '../../../toolkit/catalogue/funding'
import { byOrder, nameOrder, ordersOf } from '../../../toolkit/common/order'
import { queryFromState, stateFromQuery } from '../../../toolkit/catalogue/url-state'
import type { Example } from '../../../toolkit/content/collections'
import { loadData } from '../../../toolkit/content/load-data'

const data = loadData(resolve(import.meta.dirname, '../../../data'))

const ex = (id: string, o: Partial<Example>): Example => ({
  id,
  name: { de: id, en: id },
  partners: ['A', 'B'],
  partnerCount: 2,
  laender: ['BY'],
  areas: ['bauhof'],
  form: 'zweckverband',
  startYear: 2010,
  description: { de: 'Beschreibung', en: 'Description' },
  achievements: { de: 'Ergebnis', en: 'Result' },
  stand: '2026-11-23',
  sources: [{ title: 't', citation: 'c' }],
  ...o,
})
const items = [
  ex('abwasser-sued', { laender: ['BY'], areas: ['wasser-abwasser'], startYear: 1975, partnerCount: 12, description: { de: 'Kläranlage für zwölf Gemeinden', en: 'Treatment plant' } }),
  ex('it-verbund', { laender: ['NW', 'NI'], areas: ['verwaltung-it'], form: 'gemeinsames-kommunalunternehmen', startYear: 2018, partnerCount: 64 }),
  ex('bauhof-nord', { laender: ['SH'], areas: ['bauhof'], form: 'oeffentlich-rechtliche-vereinbarung', startYear: 2020, partnerCount: 2 }),
  ex('standesamt-west', { laender: ['BY'], areas: ['standesamt'], form: 'oeffentlich-rechtliche-vereinbarung', startYear: 2012, partnerCount: 3 }),
]
const names = { area: (id: string) => id, form: (id: string) => id }
const indexed = items.map((example) => ({ example, text: searchText(example, names, 'de') }))
const ids = (s: Partial<CatalogueState>) => applyState(indexed, { ...emptyState(), ...s }, 'de').map((e) => e.id)

describe('example catalogue filters', () => {
  it.each<[string, Partial<CatalogueState>, string[]]>([
    ['no filter lists all by name', {}, ['abwasser-sued', 'bauhof-nord', 'it-verbund', 'standesamt-west']],
    ['a Land matches examples spanning several Länder', { laender: ['NI'] }, ['it-verbund']],
    ['values within a facet combine with OR', { laender: ['SH', 'NI'] }, ['bauhof-nord', 'it-verbund']],
    ['facets combine with AND', { laender: ['BY'], forms: ['oeffentlich-rechtliche-vereinbarung'] }, ['standesamt-west']],
    ['partner bands', { partners: ['21+'] }, ['it-verbund']],
    ['start years are inclusive', { from: 2012, to: 2018 }, ['it-verbund', 'standesamt-west']],
    ['free text ignores case and umlauts', { q: 'klaranlage ZWOLF' }, ['abwasser-sued']],
    ['free text needs every word', { q: 'kläranlage it' }, []],
  ])('%s', (_name, s, expected) => {
    expect(ids(s)).toEqual(expected)
  })

  it('sorts by year and by number of partners', () => {
    expect(sortExamples(items, 'year-desc', 'de').map((e) => e.startYear)).toEqual([2020, 2018, 2012, 1975])
    expect(sortExamples(items, 'year-asc', 'de')[0]?.id).toBe('abwasser-sued')
    expect(sortExamples(items, 'partners-desc', 'de').map((e) => e.partnerCount)).toEqual([64, 12, 3, 2])
  })

  it('counts facet values given the other filters but not the facet itself', () => {
    const f = facetCounts(indexed, { ...emptyState(), laender: ['BY'], forms: ['oeffentlich-rechtliche-vereinbarung'] })
    expect(f.laender.get('SH')).toBe(1) // other Länder stay selectable
    expect(f.forms.get('zweckverband')).toBe(1)
    expect(f.areas.get('standesamt')).toBe(1)
    expect(f.areas.get('bauhof')).toBeUndefined()
  })

  it('puts partner counts into bands', () => {
    expect([2, 3, 5, 6, 20, 21, 300].map(bandOf)).toEqual(['2', '3-5', '3-5', '6-20', '6-20', '21+', '21+'])
    expect(fold('Zweckverbände')).toBe('zweckverbande')
  })
})

describe('catalogue state in the URL', () => {
  const known = { areas: data.areas.map((a) => a.id), forms: data.forms.map((f) => f.id) }
  it('round-trips every filter', () => {
    const s: CatalogueState = { q: 'Abwasser Süd', areas: ['wasser-abwasser', 'bauhof'], forms: ['zweckverband'], laender: ['BY', 'NW'], partners: ['3-5'], from: 1990, to: 2020, sort: 'year-desc' }
    const q = queryFromState(s)
    expect(q).toBe('?q=Abwasser+S%C3%BCd&bereich=bauhof%2Cwasser-abwasser&form=zweckverband&land=BY%2CNW&partner=3-5&von=1990&bis=2020&sort=year-desc')
    expect(stateFromQuery(q, known)).toEqual({ ...s, areas: ['bauhof', 'wasser-abwasser'] })
  })
  it('an empty state is an empty query', () => {
    expect(queryFromState(emptyState())).toBe('')
  })
  it('drops what it does not know from a shared URL', () => {
    expect(stateFromQuery('?bereich=mond,bauhof&form=x&land=by,zz&partner=7&von=19x&bis=2020&sort=random', known)).toEqual({ ...emptyState(), areas: ['bauhof'], laender: ['BY'], to: 2020 })
  })
})

describe('the real catalogues', () => {
  it('have at least 20 documented examples across 8 task areas and 6 Länder, with the Südwestfalen smart-city project', () => {
    expect(data.examples.length).toBeGreaterThanOrEqual(20)
    expect(new Set(data.examples.flatMap((e) => e.areas)).size).toBeGreaterThanOrEqual(8)
    expect(new Set(data.examples.flatMap((e) => e.laender)).size).toBeGreaterThanOrEqual(6)
    const sw = data.examples.find((e) => e.name.de.startsWith('Smart Cities: 5 für Südwestfalen'))
    expect(sw?.partners.join(' ')).toMatch(/Arnsberg.*Bad Berleburg.*Menden.*Olpe.*Soest/)
  })

  it('filter funding by Land and task area, federal and EU programmes everywhere', () => {
    const by = filterFunding(data.funding, 'BY', '')
    expect(by.some((f) => f.laender.includes('BY'))).toBe(true)
    expect(by.every((f) => f.laender.length === 0 || f.laender.includes('BY'))).toBe(true)
    expect(by.filter((f) => f.level !== 'land').length).toBe(data.funding.filter((f) => f.level !== 'land').length)
    const broadband = filterFunding(data.funding, '', 'breitband')
    expect(broadband.every((f) => f.areas.length === 0 || f.areas.includes('breitband'))).toBe(true)
    expect(broadband.map((f) => f.level)).toEqual([...broadband.map((f) => f.level)].sort((a, b) => ['land', 'bund', 'eu'].indexOf(a) - ['land', 'bund', 'eu'].indexOf(b)))
  })
})

describe('name order worked out at build time', () => {
  it('sorts with the language\'s collation: umlauts with their base letter, case ignored', () => {
    const names = ['Zeil', 'Äpfel', 'apfel', 'Bär', 'Ost', 'Öl'].map((n) => ({ id: n, name: n }))
    expect(nameOrder(names, (n) => n.name, 'de')).toEqual(['apfel', 'Äpfel', 'Bär', 'Öl', 'Ost', 'Zeil'])
  })
  it('works out the order for each language from that language\'s names', () => {
    const items = [{ id: 'a', name: { de: 'Österreich', en: 'Austria' } }, { id: 'b', name: { de: 'Belgien', en: 'Belgium' } }]
    expect(ordersOf(items, (i, lang) => i.name[lang])).toEqual({ de: ['b', 'a'], en: ['a', 'b'] })
  })
  it('orders by the given ids and puts unknown ids last', () => {
    const list = [{ id: 'c' }, { id: 'x' }, { id: 'a' }, { id: 'b' }]
    expect([...list].sort(byOrder(['a', 'b', 'c'])).map((i) => i.id)).toEqual(['a', 'b', 'c', 'x'])
  })
  it('gives the real catalogues the same order as sorting in the browser would', () => {
    for (const lang of ['de', 'en'] as const) {
      const order = byOrder(nameOrder(data.examples, (e) => e.name[lang], lang))
      expect(sortExamples(data.examples, 'name', lang, order).map((e) => e.id)).toEqual(sortExamples(data.examples, 'name', lang).map((e) => e.id))
      const byYear = sortExamples(data.examples, 'year-desc', lang, order).map((e) => e.id)
      expect(byYear).toEqual(sortExamples(data.examples, 'year-desc', lang).map((e) => e.id))
    }
    const fundingOrder = byOrder(nameOrder(data.funding, (f) => f.name.de, 'de'))
    expect(filterFunding(data.funding, '', '', fundingOrder).map((f) => f.id)).toEqual(filterFunding(data.funding, '', '').map((f) => f.id))
  })
})

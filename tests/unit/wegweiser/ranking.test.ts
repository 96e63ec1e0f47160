import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../../toolkit/content/load-data'
import { answersFromQuery, answersToQuery, rankForms, type Answers } from '../../../toolkit/wegweiser/model'

const data = loadData(resolve(import.meta.dirname, '../../../data'))
const rank = (answers: Answers, lang: 'de' | 'en' = 'de') => rankForms(data.wegweiser, data.forms, data.laws, answers, lang)
const order = (answers: Answers) => rank(answers).forms.map((f) => f.form.id)

/**
 * Cases a practitioner would agree with: the situation of a real kind of cooperation and the
 * form that leads for it.
 */
const cases: { name: string; answers: Answers; first: string; notFirst?: string[] }[] = [
  {
    name: 'wastewater disposal of many municipalities with plants and fees',
    answers: { aufgabe: 'hoheitlich', uebertragung: 'uebertragen', rechtsperson: 'ja', personal: 'eigenes', dauer: 'dauerhaft', partner: 'mehr-als-fuenf', mitsprache: 'gleichberechtigt', investition: 'hoch', dringlichkeit: 'keine-eile', land: 'by' },
    first: 'zweckverband',
  },
  {
    name: 'an exchange network of building-yard managers',
    answers: { aufgabe: 'unterstuetzend', uebertragung: 'abstimmen', rechtsperson: 'nein', personal: 'keines', dauer: 'befristet', partner: 'drei-bis-fuenf', investition: 'gering', dringlichkeit: 'sofort' },
    first: 'arbeitsgemeinschaft',
  },
  {
    name: 'one town runs the registry office for its neighbour',
    answers: { aufgabe: 'hoheitlich', uebertragung: 'uebertragen', rechtsperson: 'nein', personal: 'eine-kommune', dauer: 'langfristig', partner: 'zwei', mitsprache: 'federfuehrung', investition: 'gering', dringlichkeit: 'mittelfristig', land: 'nw' },
    first: 'oeffentlich-rechtliche-vereinbarung',
  },
  {
    name: 'payroll done by one municipality for several others, each staying responsible',
    answers: { aufgabe: 'unterstuetzend', uebertragung: 'behalten', rechtsperson: 'nein', personal: 'eine-kommune', dauer: 'langfristig', partner: 'drei-bis-fuenf', mitsprache: 'federfuehrung', investition: 'mittel' },
    first: 'oeffentlich-rechtliche-vereinbarung',
    notFirst: ['zweckverband', 'privatrechtliche-formen'],
  },
  {
    name: 'a sovereign task never ranks a private-law company first',
    answers: { aufgabe: 'hoheitlich', rechtsperson: 'ja', personal: 'eigenes', investition: 'hoch' },
    first: 'zweckverband',
    notFirst: ['privatrechtliche-formen'],
  },
]

describe('the cooperation-form guide ranks forms as a practitioner would', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const ranked = order(c.answers)
    expect(ranked[0]).toBe(c.first)
    for (const id of c.notFirst ?? []) expect(ranked[0]).not.toBe(id)
  })

  it('gives reasons for and against each form from the answers', () => {
    const r = rank(cases[0]?.answers ?? {})
    const zv = r.forms.find((f) => f.form.id === 'zweckverband')
    expect(zv?.pros.length).toBeGreaterThan(3)
    expect(zv?.pros[0]?.text).toMatch(/\w/)
    const ag = r.forms.find((f) => f.form.id === 'arbeitsgemeinschaft')
    expect(ag?.cons.map((c) => c.question)).toContain('uebertragung')
    expect(r.answered).toBe(10)
  })

  it('warns when the Land has no recorded provision for a form that needs one', () => {
    const answers = { aufgabe: 'hoheitlich', rechtsperson: 'ja', personal: 'eigenes' }
    const by = rank({ ...answers, land: 'by' }).forms.find((f) => f.form.id === 'gemeinsames-kommunalunternehmen')
    const sn = rank({ ...answers, land: 'sn' }).forms.find((f) => f.form.id === 'gemeinsames-kommunalunternehmen')
    expect(data.laws.find((l) => l.id === 'sn')?.forms).not.toContain('gemeinsames-kommunalunternehmen')
    expect((sn?.score ?? 0) - (by?.score ?? 0)).toBe(data.wegweiser.landQuestion.penalty)
    expect(sn?.cons.some((c) => c.text.includes('Sachsen'))).toBe(true)
    expect(rank({ land: 'hh' }).caveats.some((c) => c.includes('Hamburg'))).toBe(true)
  })

  it('always names procurement law, VAT and data protection, and adds caveats of the answers', () => {
    const r = rank({ aufgabe: 'hoheitlich' })
    expect(r.caveats.join(' ')).toMatch(/§ 108 GWB/)
    expect(r.caveats.join(' ')).toMatch(/§ 2b UStG/)
    expect(r.forms.find((f) => f.form.id === 'privatrechtliche-formen')?.caveats.join(' ')).toMatch(/beliehen/)
    expect(rankForms(data.wegweiser, data.forms, data.laws, { aufgabe: 'hoheitlich' }, 'en').caveats.join(' ')).toMatch(/procurement/i)
  })

  it('ranks every form, with no answers in the order of the forms', () => {
    expect(order({})).toEqual([...data.forms].sort((a, b) => a.order - b.order).map((f) => f.id))
  })
})

describe('sharing a result as a URL', () => {
  it('round-trips the answers', () => {
    const answers = cases[0]?.answers ?? {}
    expect(answersFromQuery(answersToQuery(answers), data.wegweiser, data.laws)).toEqual(answers)
  })
  it('drops unknown questions, answers and Länder from a URL', () => {
    expect(answersFromQuery('?aufgabe=hoheitlich&aufgabe2=x&dauer=ewig&land=xx&partner=zwei', data.wegweiser, data.laws)).toEqual({ aufgabe: 'hoheitlich', partner: 'zwei' })
  })
})

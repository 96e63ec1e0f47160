import { describe, expect, it } from 'vitest'
import { engagementPlan, isCalendarDay, isOverdue, quadrant, quadrantCounts, SALIENCE_CLASSES, salienceClass, salienceLevel, salienceOf, strategyOf, withoutStakeholder, withPosition, withStakeholder } from '../../../toolkit/stakeholders/model'
import { analysisOf, person } from './helpers'

describe('power/interest quadrants', () => {
  it.each([
    [5, 5, 'manage'],
    [4, 4, 'manage'],
    [4, 3, 'satisfy'],
    [5, 1, 'satisfy'],
    [3, 4, 'inform'],
    [1, 5, 'inform'],
    [3, 3, 'monitor'],
    [1, 1, 'monitor'],
  ] as const)('power %i, interest %i → %s', (power, interest, q) => {
    expect(quadrant(power, interest)).toBe(q)
  })

  it('moves the dividing line with the threshold', () => {
    expect(quadrant(3, 3, 3)).toBe('manage')
    expect(quadrant(3, 3, 4)).toBe('monitor')
  })

  it('derives the strategy from the quadrant unless one was chosen', () => {
    expect(strategyOf(person('a', { power: 5, interest: 2 }))).toBe('satisfy')
    expect(strategyOf(person('a', { power: 5, interest: 2, strategy: 'manage' }))).toBe('manage')
  })

  it('counts the stakeholders per quadrant', () => {
    const a = analysisOf([person('a', { power: 5, interest: 5 }), person('b', { power: 1, interest: 5 }), person('c', { power: 1, interest: 5 })])
    expect(quadrantCounts(a)).toEqual({ manage: 1, satisfy: 0, inform: 2, monitor: 0 })
  })
})

describe('salience classes after Mitchell, Agle and Wood', () => {
  const cases = [
    [false, false, false, 'none'],
    [true, false, false, 'dormant'],
    [false, true, false, 'discretionary'],
    [false, false, true, 'demanding'],
    [true, true, false, 'dominant'],
    [true, false, true, 'dangerous'],
    [false, true, true, 'dependent'],
    [true, true, true, 'definitive'],
  ] as const
  it.each(cases)('power %s, legitimacy %s, urgency %s → %s', (power, legitimacy, urgency, c) => {
    expect(salienceClass({ power, legitimacy, urgency })).toBe(c)
  })

  it('gives each of the eight combinations its own class', () => {
    expect(new Set(cases.map(([p, l, u]) => salienceClass({ power: p, legitimacy: l, urgency: u }))).size).toBe(8)
    expect([...SALIENCE_CLASSES].sort()).toEqual(cases.map((c) => c[3]).sort())
  })

  it('counts power from a rating of 4', () => {
    expect(salienceOf(person('a', { power: 3, legitimacy: true }))).toBe('discretionary')
    expect(salienceOf(person('a', { power: 4, legitimacy: true }))).toBe('dominant')
  })

  it('ranks classes by the number of attributes', () => {
    expect([salienceLevel('none'), salienceLevel('demanding'), salienceLevel('dependent'), salienceLevel('definitive')]).toEqual([0, 1, 2, 3])
  })
})

describe('engagement plan', () => {
  const a = analysisOf([
    person('late', { name: 'Presse', nextContact: '2026-11-01', power: 2, interest: 2 }),
    person('done', { name: 'Kämmerei', nextContact: '2026-10-01', status: 'done' }),
    person('none', { name: 'Rat', nextContact: '' }),
    person('soon', { name: 'Landkreis', nextContact: '2026-12-01', power: 5, interest: 5, strategy: 'inform' }),
    person('today', { name: 'Aufsicht', nextContact: '2026-11-23' }),
  ])
  const plan = engagementPlan(a, '2026-11-23')

  it('lists the next contacts first and undated ones last', () => {
    expect(plan.map((r) => r.stakeholder.id)).toEqual(['done', 'late', 'today', 'soon', 'none'])
  })

  it('flags contacts before today that are not done or paused', () => {
    expect(plan.filter((r) => r.overdue).map((r) => r.stakeholder.id)).toEqual(['late'])
    expect(isOverdue(person('x', { nextContact: '2026-01-01', status: 'paused' }), '2026-11-23')).toBe(false)
    expect(isOverdue(person('x', { nextContact: '2026-11-22', status: 'ongoing' }), '2026-11-23')).toBe(true)
  })

  it('shows a chosen strategy as chosen and a derived one as derived', () => {
    const soon = plan.find((r) => r.stakeholder.id === 'soon')
    expect(soon).toMatchObject({ strategy: 'inform', strategyChosen: true })
    expect(plan.find((r) => r.stakeholder.id === 'late')).toMatchObject({ strategy: 'monitor', strategyChosen: false })
  })
})

describe('editing', () => {
  it('removes a stakeholder with its relations and its node position and leaves the input unchanged', () => {
    const a = analysisOf([person('a'), person('b'), person('c')], {
      relations: [
        { id: 'r1', from: 'a', to: 'b', type: 'allied', strength: 2 },
        { id: 'r2', from: 'b', to: 'c', type: 'conflict', strength: 1 },
      ],
      positions: [
        { id: 'a', x: 10, y: 20 },
        { id: 'c', x: -5, y: 0 },
      ],
    })
    const b = withoutStakeholder(a, 'a')
    expect(b.stakeholders.map((s) => s.id)).toEqual(['b', 'c'])
    expect(b.relations.map((r) => r.id)).toEqual(['r2'])
    expect(b.positions).toEqual([{ id: 'c', x: -5, y: 0 }])
    expect(a.stakeholders).toHaveLength(3)
    const c = withStakeholder(b, { ...b.stakeholders[0]!, power: 5 })
    expect(c.stakeholders[0]!.power).toBe(5)
    expect(b.stakeholders[0]!.power).toBe(3)
  })

  it('keeps one position per moved node, rounded to a tenth, and leaves the input unchanged', () => {
    const a = analysisOf([person('a'), person('b')])
    const b = withPosition(a, 'a', { x: 12.345, y: -7.06 })
    expect(b.positions).toEqual([{ id: 'a', x: 12.3, y: -7.1 }])
    const c = withPosition(withPosition(b, 'b', { x: 1, y: 2 }), 'a', { x: 40, y: 50 })
    expect(c.positions).toEqual([
      { id: 'b', x: 1, y: 2 },
      { id: 'a', x: 40, y: 50 },
    ])
    expect(a.positions).toEqual([])
    expect(withPosition(a, 'b', { x: 3e6, y: -3e6 }).positions).toEqual([{ id: 'b', x: 100_000, y: -100_000 }])
  })

  it('knows real calendar days', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true)
    expect(isCalendarDay('2026-02-29')).toBe(false)
    expect(isCalendarDay('2026-13-01')).toBe(false)
    expect(isCalendarDay('1.1.2026')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { analysis } from '../../../toolkit/stakeholders/schema'
import { applyMerge, normaliseName, planMerge } from '../../../toolkit/stakeholders/merge'
import { analysisOf, counter, person } from './helpers'

const mine = analysisOf(
  [person('m1', { name: 'Personalrat Gemeinde A', power: 3, interest: 5, attitude: -1, urgency: true }), person('m2', { name: 'Kämmerei', power: 4, interest: 2 }), person('m3', { name: 'Presse' })],
  { partners: ['Gemeinde A'], relations: [{ id: 'r1', from: 'm1', to: 'm2', type: 'conflict', strength: 2 }], positions: [{ id: 'm3', x: 5, y: 6 }] },
)
const theirs = analysisOf(
  [
    person('t1', { name: '  personalrat   gemeinde a ', power: 4, interest: 5, attitude: 0, urgency: false }),
    person('m2', { name: 'Landkreis' }),
    person('t3', { name: 'KÄMMEREI', power: 4, interest: 2 }),
  ],
  {
    partners: ['gemeinde a', 'Gemeinde B'],
    relations: [
      { id: 'r1', from: 't1', to: 't3', type: 'conflict', strength: 3 },
      { id: 'r2', from: 'm2', to: 't1', type: 'influences', strength: 1 },
    ],
    positions: [{ id: 'm2', x: 100, y: 100 }],
  },
)

describe('merging a partner analysis', () => {
  it('matches stakeholders by name regardless of case and spacing', () => {
    expect(normaliseName('  Äbte\u0308  X ')).toBe(normaliseName('äbtë x'))
    const plan = planMerge(mine, theirs)
    expect([...plan.matches]).toEqual([
      ['t1', 'm1'],
      ['t3', 'm2'],
    ])
    expect(plan.added.map((s) => s.name)).toEqual(['Landkreis'])
  })

  it('lists each differing rating with mean and spread', () => {
    const plan = planMerge(mine, theirs)
    expect(plan.conflicts).toEqual([
      { key: 'm1:power', mineId: 'm1', name: 'Personalrat Gemeinde A', field: 'power', mine: 3, theirs: 4, mean: 3.5, spread: 1 },
      { key: 'm1:attitude', mineId: 'm1', name: 'Personalrat Gemeinde A', field: 'attitude', mine: -1, theirs: 0, mean: -0.5, spread: 1 },
      { key: 'm1:urgency', mineId: 'm1', name: 'Personalrat Gemeinde A', field: 'urgency', mine: true, theirs: false, mean: null, spread: null },
    ])
  })

  it('applies the decisions: mine by default, theirs, or the rounded mean', () => {
    const plan = planMerge(mine, theirs)
    const merged = applyMerge(plan, { 'm1:power': 'mean', 'm1:attitude': 'mean', 'm1:urgency': 'theirs' }, counter('new'))
    expect(merged.stakeholders[0]).toMatchObject({ id: 'm1', power: 4, attitude: -1, urgency: false, interest: 5 })
    expect(applyMerge(plan, {}, counter()).stakeholders[0]).toMatchObject({ power: 3, attitude: -1, urgency: true })
    expect(applyMerge(plan, { 'm1:power': 'theirs' }, counter()).stakeholders[0]!.power).toBe(4)
  })

  it('adds their new stakeholders under fresh ids, their relations mapped, without duplicates', () => {
    const merged = applyMerge(planMerge(mine, theirs), {}, counter('new'))
    expect(merged.stakeholders.map((s) => [s.id, s.name])).toEqual([
      ['m1', 'Personalrat Gemeinde A'],
      ['m2', 'Kämmerei'],
      ['m3', 'Presse'],
      ['new1', 'Landkreis'],
    ])
    // r1 is the same relation as mine (same ends and type); r2 gets a new id only if needed.
    expect(merged.relations).toEqual([
      { id: 'r1', from: 'm1', to: 'm2', type: 'conflict', strength: 2 },
      { id: 'r2', from: 'new1', to: 'm1', type: 'influences', strength: 1 },
    ])
    expect(merged.partners).toEqual(['Gemeinde A', 'Gemeinde B'])
    // The network keeps my arrangement; theirs was made for their ids.
    expect(merged.positions).toEqual([{ id: 'm3', x: 5, y: 6 }])
    expect(analysis.safeParse(merged).success).toBe(true)
  })

  it('changes neither input', () => {
    const before = JSON.stringify([mine, theirs])
    applyMerge(planMerge(mine, theirs), { 'm1:power': 'theirs' }, counter())
    expect(JSON.stringify([mine, theirs])).toBe(before)
  })
})

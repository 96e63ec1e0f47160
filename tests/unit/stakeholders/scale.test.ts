import { describe, expect, it } from 'vitest'
import { gridPoints, gridScales } from '../../../toolkit/stakeholders/grid'
import { networkLayout, nodeRadius, visibleLabels } from '../../../toolkit/stakeholders/layout'
import { engagementPlan } from '../../../toolkit/stakeholders/model'
import { REGIONAL, registerRows } from '../../../toolkit/stakeholders/register'
import { analysis } from '../../../toolkit/stakeholders/schema'
import { syntheticAnalysis } from '../../../toolkit/stakeholders/synthetic'
import { analysisOf, person } from './helpers'

describe('register rows', () => {
  const list = [
    person('a', { name: 'Zweckverband', group: 'press', partner: 'Gemeinde A', power: 2 }),
    person('b', { name: 'Ärztekammer', group: 'council', partner: '', power: 5, role: 'prüft Verträge' }),
    person('c', { name: 'bauhof', group: 'staff', partner: 'Stadt C', power: 3 }),
  ]
  const rows = (q: Partial<Parameters<typeof registerRows>[1]>) => registerRows(list, { text: '', group: '', partner: '', sort: 'name', descending: false, ...q }, (s) => s.name, (g) => g, 'de').map((s) => s.id)

  it('sorts by name the German way, and by numbers as numbers', () => {
    expect(rows({})).toEqual(['b', 'c', 'a'])
    expect(rows({ descending: true })).toEqual(['a', 'c', 'b'])
    expect(rows({ sort: 'power' })).toEqual(['a', 'c', 'b'])
  })

  it('filters by text in name, group, partner and role, by group and by partner', () => {
    expect(rows({ text: 'VERTRÄGE' })).toEqual(['b'])
    expect(rows({ group: 'staff' })).toEqual(['c'])
    expect(rows({ partner: 'Stadt C' })).toEqual(['c'])
    expect(rows({ partner: REGIONAL })).toEqual(['b'])
  })
})

describe('a large analysis', () => {
  const big = syntheticAnalysis(1000, 2000, 3)

  it('is valid and the same for the same seed', () => {
    expect(analysis.safeParse(big).success).toBe(true)
    expect(big.relations).toHaveLength(2000)
    expect(syntheticAnalysis(1000, 2000, 3)).toEqual(big)
  })

  it('goes through every view function', () => {
    const s = gridScales(640, 560)
    const pts = gridPoints(big.stakeholders, s, 8)
    expect(pts).toHaveLength(1000)
    // 1,000 points in 25 cells: too many for names beside them.
    expect(pts.filter((p) => p.labelled)).toHaveLength(0)
    expect(engagementPlan(big, '2026-06-15')).toHaveLength(1000)
    expect(registerRows(big.stakeholders, { text: '12', group: '', partner: '', sort: 'power', descending: true }, (x) => x.name, (g) => g, 'de').length).toBeGreaterThan(0)
    const layout = networkLayout(big.stakeholders.map((x) => ({ id: x.id, radius: nodeRadius(x.power) })), big.relations.map((r) => ({ source: r.from, target: r.to, strength: r.strength })))
    expect(layout.positions.size).toBe(1000)
    expect(visibleLabels(big.stakeholders, null).size).toBeLessThan(1000)
  })

  it('keeps a small analysis fully labelled', () => {
    const small = analysisOf([person('a'), person('b')])
    expect(gridPoints(small.stakeholders, gridScales(640, 560), 8).every((p) => p.labelled)).toBe(true)
  })
})

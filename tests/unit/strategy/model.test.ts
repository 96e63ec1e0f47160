import { describe, expect, it } from 'vitest'
import { cardsOf, moveCard, removeCard, removeCluster, reorderCard } from '../../../toolkit/strategy/clusters'
import { measureState, portfolio } from '../../../toolkit/strategy/portfolio'
import { blankWorkshop, type Goal, type Measure, type Workshop } from '../../../toolkit/strategy/schema'
import { checkGoal, isSmart, vagueWords } from '../../../toolkit/strategy/smart'
import { createTimer, formatRemaining, isFinished, pause, remainingMs, reset, start, timerFrom } from '../../../toolkit/strategy/timer'
import { progress, progressOverTime } from '../../../toolkit/strategy/review'
import { candidates, isComplete, pairCounts, removeSwotItem, strategiesOf, toggleLink } from '../../../toolkit/strategy/tows'

const item = (id: string, text = id) => ({ id, text, author: '' })
const withSwot = (): Workshop => ({
  ...blankWorkshop(),
  swot: { strengths: [item('s1'), item('s2')], weaknesses: [item('w1')], opportunities: [item('o1'), item('o2'), item('o3')], threats: [] },
})

describe('TOWS', () => {
  it('pairs each internal with an external quadrant', () => {
    const w = withSwot()
    expect(candidates(w, 'SO').internal.map((x) => x.id)).toEqual(['s1', 's2'])
    expect(candidates(w, 'WT')).toEqual({ internal: [item('w1')], external: [] })
    expect(pairCounts(w)).toEqual({ SO: { combinations: 6, strategies: 0 }, WO: { combinations: 3, strategies: 0 }, ST: { combinations: 0, strategies: 0 }, WT: { combinations: 0, strategies: 0 } })
  })

  it('counts a strategy as complete only with text and one item of each side', () => {
    const w = withSwot()
    const s = { id: 't', pair: 'SO' as const, text: 'Gemeinsam werben', itemIds: ['s1'] }
    expect(isComplete(w, s)).toBe(false)
    const linked = toggleLink(s, 'o2')
    expect(linked.itemIds).toEqual(['s1', 'o2'])
    expect(isComplete(w, linked)).toBe(true)
    expect(isComplete(w, { ...linked, text: '  ' })).toBe(false)
    // A weakness does not count for an SO strategy.
    expect(isComplete(w, { ...s, itemIds: ['w1', 'o1'] })).toBe(false)
    expect(toggleLink(linked, 's1').itemIds).toEqual(['o2'])
  })

  it('drops links to a deleted SWOT item', () => {
    const w = { ...withSwot(), tows: [{ id: 't', pair: 'SO' as const, text: 'x', itemIds: ['s1', 'o1'] }] }
    const after = removeSwotItem(w, 'strengths', 's1')
    expect(after.swot.strengths.map((x) => x.id)).toEqual(['s2'])
    expect(after.tows[0]?.itemIds).toEqual(['o1'])
    expect(strategiesOf(after, 'SO')[0]?.items.map((x) => x.id)).toEqual(['o1'])
    expect(w.tows[0]?.itemIds).toEqual(['s1', 'o1'])
  })
})

describe('SMART check', () => {
  const goal = (patch: Partial<Goal> = {}): Goal => ({ id: 'g', text: 'Anträge online', indicator: 'Anteil Online-Anträge', target: '60 %', due: '2030-12-31', owner: 'Geschäftsstelle', field: '', ...patch })

  it('says exactly what a goal lacks', () => {
    expect(checkGoal(goal(), 'de').gaps).toEqual([])
    expect(isSmart(goal(), 'de')).toBe(true)
    expect(checkGoal(goal({ indicator: ' ', owner: '' }), 'de').gaps).toEqual(['indicator', 'owner'])
    expect(checkGoal(goal({ text: '', indicator: '', target: '', due: '', owner: '' }), 'de').gaps).toEqual(['text', 'indicator', 'target', 'due', 'owner'])
  })

  it('hints at vague words as whole words and at a target without a number', () => {
    expect(vagueWords('Die Zusammenarbeit verbessern und möglichst stärken', 'de')).toEqual(['verbessern', 'stärken', 'möglichst'])
    expect(vagueWords('Verbesserungsvorschläge sammeln', 'de')).toEqual([])
    expect(vagueWords('Improve service as possible', 'en')).toEqual(['improve', 'as possible'])
    expect(checkGoal(goal({ target: 'deutlich mehr' }), 'de')).toMatchObject({ measurable: false, vague: ['deutlich'] })
    expect(checkGoal(goal(), 'de').measurable).toBe(true)
  })
})

describe('clusters', () => {
  const base = (): Workshop => {
    const w = blankWorkshop()
    return {
      ...w,
      workshop: {
        ...w.workshop,
        clusters: [{ id: 'k1', step: 'vision', label: 'Service' }, { id: 'k2', step: 'values', label: 'Andere' }],
        cards: ['a', 'b', 'c'].map((id) => ({ id, step: 'vision' as const, text: id, author: '', clusterId: '' })),
        votes: [{ id: 'v', participantId: 'p', cardId: 'b' }],
      },
    }
  }

  it('moves a card into a cluster, before another card or to the end', () => {
    let w = moveCard(base(), 'b', 'k1')
    expect(cardsOf(w, 'vision', 'k1').map((c) => c.id)).toEqual(['b'])
    expect(cardsOf(w, 'vision').map((c) => c.id)).toEqual(['a', 'c'])
    w = moveCard(w, 'c', 'k1', 'b')
    expect(cardsOf(w, 'vision', 'k1').map((c) => c.id)).toEqual(['c', 'b'])
    w = moveCard(w, 'a', 'k1')
    expect(cardsOf(w, 'vision', 'k1').map((c) => c.id)).toEqual(['c', 'b', 'a'])
    expect(cardsOf(moveCard(w, 'b', ''), 'vision').map((c) => c.id)).toEqual(['b'])
  })

  it('refuses a cluster of another step and unknown cards', () => {
    const w = base()
    expect(moveCard(w, 'a', 'k2')).toBe(w)
    expect(moveCard(w, 'zz', 'k1')).toBe(w)
    expect(moveCard(w, 'a', 'nope')).toBe(w)
  })

  it('reorders within the group and stops at its ends', () => {
    const w = base()
    expect(cardsOf(reorderCard(w, 'b', -1), 'vision').map((c) => c.id)).toEqual(['b', 'a', 'c'])
    expect(cardsOf(reorderCard(w, 'c', 1), 'vision').map((c) => c.id)).toEqual(['a', 'b', 'c'])
    expect(reorderCard(w, 'a', -1)).toBe(w)
  })

  it('dissolving a cluster keeps its cards, deleting a card drops its dots', () => {
    const w = moveCard(base(), 'a', 'k1')
    const dissolved = removeCluster(w, 'k1')
    expect(dissolved.workshop.clusters.map((c) => c.id)).toEqual(['k2'])
    expect(cardsOf(dissolved, 'vision').map((c) => c.id).sort()).toEqual(['a', 'b', 'c'])
    expect(removeCard(w, 'b').workshop.votes).toEqual([])
  })
})

describe('portfolio', () => {
  const m = (patch: Partial<Measure>): Measure => ({ id: 'm', title: 'M', owner: '', partners: [], start: '', end: '', status: 'planned', budget: null, goalId: '', ...patch })

  it('flags overdue (past end, not finished) and at-risk measures given today', () => {
    expect(measureState(m({ end: '2027-01-01', status: 'running' }), '2027-01-02').flags).toEqual(['overdue'])
    expect(measureState(m({ end: '2027-01-02', status: 'running' }), '2027-01-02').flags).toEqual([])
    expect(measureState(m({ end: '2020-01-01', status: 'done' }), '2027-01-02').critical).toBe(false)
    expect(measureState(m({ end: '2020-01-01', status: 'at-risk' }), '2027-01-02').flags).toEqual(['overdue', 'at-risk'])
    expect(measureState(m({ status: 'at-risk' }), '2027-01-02').critical).toBe(true)
  })

  it('counts statuses, budget and groups by goal', () => {
    const w: Workshop = {
      ...blankWorkshop(),
      goals: [{ id: 'g1', text: 'G', indicator: '', target: '', due: '', owner: '', field: '' }],
      measures: [m({ id: 'a', status: 'done', budget: 1000, goalId: 'g1' }), m({ id: 'b', status: 'running', end: '2026-01-01', budget: 500 }), m({ id: 'c', status: 'at-risk', goalId: 'gone' })],
    }
    const p = portfolio(w, '2026-06-01')
    expect(p.counts).toEqual({ planned: 0, running: 1, 'at-risk': 1, done: 1, stopped: 0 })
    expect(p).toMatchObject({ total: 3, overdue: 1, budget: 1500, withoutBudget: 1 })
    expect(p.critical.map((s) => s.measure.id)).toEqual(['b', 'c'])
    expect(p.byGoal.map((g) => [g.goalId, g.measures.map((s) => s.measure.id)])).toEqual([['g1', ['a']], ['', ['b', 'c']]])
  })
})

describe('timer', () => {
  it('counts down while running, holds while paused, and resets', () => {
    let t = createTimer(2)
    expect(remainingMs(t, 0)).toBe(120_000)
    t = start(t, 1000)
    expect(remainingMs(t, 31_000)).toBe(90_000)
    t = pause(t, 31_000)
    expect(remainingMs(t, 999_999)).toBe(90_000)
    t = start(t, 100_000)
    expect(formatRemaining(remainingMs(t, 189_500))).toBe('0:01')
    expect(isFinished(t, 190_000)).toBe(true)
    expect(remainingMs(t, 500_000)).toBe(0)
    expect(start(pause(t, 500_000), 600_000).startedAt).toBeNull()
    expect(remainingMs(reset(t), 0)).toBe(120_000)
    expect(formatRemaining(120_000)).toBe('2:00')
  })

  it('is read back from storage only when it is a timer', () => {
    const running = start(createTimer(5), 1_000)
    expect(timerFrom(JSON.parse(JSON.stringify(running)))).toEqual(running)
    expect(timerFrom(pause(running, 61_000))).toEqual({ durationMs: 300_000, elapsedMs: 60_000, startedAt: null })
    for (const bad of [null, 'timer', 5, [], {}, { durationMs: 60_000, elapsedMs: 0 }, { durationMs: -1, elapsedMs: 0, startedAt: null }, { durationMs: 60_000, elapsedMs: 90_000, startedAt: null }, { durationMs: 121 * 60_000, elapsedMs: 0, startedAt: null }, { durationMs: 60_000, elapsedMs: 0, startedAt: '12:00' }, { durationMs: 60_000, elapsedMs: Number.NaN, startedAt: null }])
      expect(timerFrom(bad)).toBeUndefined()
  })
})

describe('indicator progress', () => {
  const ind = (baseline: number | null, target: number | null, reviews: [string, number | null][]) => ({ id: 'i', name: 'n', unit: '', goalId: '', baseline, target, reviews: reviews.map(([date, value], i) => ({ id: `r${i}`, date, value, note: '' })) })

  it('measures the latest dated review against the way from baseline to target', () => {
    expect(progress(ind(0, 10, [['2029-01-01', 8], ['2028-01-01', 5]]))).toBe(0.8)
    // Falling targets, e.g. processing days from 20 to 10.
    expect(progress(ind(20, 10, [['2028-01-01', 15]]))).toBe(0.5)
    expect(progress(ind(0, 10, [['', 5], ['2028-01-01', null]]))).toBeNull()
    expect(progress(ind(null, 10, [['2028-01-01', 5]]))).toBeNull()
    expect(progress(ind(5, 5, [['2028-01-01', 5]]))).toBeNull()
  })
})

describe('progress over time', () => {
  it('gives every dated review its share of the way, oldest first', () => {
    const ind = { id: 'i', name: 'n', unit: '', goalId: '', baseline: 10, target: 30, reviews: [{ id: 'b', date: '2029-01-01', value: 25, note: '' }, { id: 'a', date: '2028-01-01', value: 15, note: '' }, { id: 'c', date: '', value: 1, note: '' }] }
    expect(progressOverTime(ind).map((h) => [h.review.id, h.share])).toEqual([['a', 0.25], ['b', 0.75]])
    expect(progressOverTime({ ...ind, baseline: null }).map((h) => h.share)).toEqual([null, null])
  })
})

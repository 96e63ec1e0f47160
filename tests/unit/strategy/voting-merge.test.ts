import { describe, expect, it } from 'vitest'
import { mergeWorkshops, normalise } from '../../../toolkit/strategy/merge'
import { blankWorkshop, type Workshop } from '../../../toolkit/strategy/schema'
import { castVote, clearVotes, clusterTally, ownVotes, remainingVotes, removeParticipant, setRevealed, tally, withdrawVote } from '../../../toolkit/strategy/voting'

const voting = (): Workshop => {
  const w = blankWorkshop()
  return {
    ...w,
    workshop: {
      ...w.workshop,
      budget: 2,
      participants: [{ id: 'p1', name: 'A', municipality: 'Gemeinde A' }, { id: 'p2', name: 'B', municipality: 'Stadt B' }],
      clusters: [{ id: 'k', step: 'values', label: 'K' }],
      cards: [
        { id: 'c1', step: 'values', text: 'eins', author: '', clusterId: 'k' },
        { id: 'c2', step: 'values', text: 'zwei', author: '', clusterId: '' },
        { id: 'c3', step: 'vision', text: 'drei', author: '', clusterId: '' },
      ],
    },
  }
}

describe('dot voting', () => {
  it('keeps to each participant’s budget', () => {
    let w = voting()
    let n = 0
    const vote = (p: string, c: string) => {
      const r = castVote(w, p, c, `v${++n}`)
      w = r.workshop
      return r.outcome
    }
    expect(vote('p1', 'c1')).toBe('cast')
    expect(vote('p1', 'c1')).toBe('cast')
    expect(vote('p1', 'c2')).toBe('no-budget')
    expect(remainingVotes(w, 'p1')).toBe(0)
    expect(remainingVotes(w, 'p2')).toBe(2)
    expect(ownVotes(w, 'p1', 'c1')).toBe(2)
    expect(vote('ghost', 'c1')).toBe('unknown-participant')
    expect(vote('p2', 'nope')).toBe('unknown-card')
    w = withdrawVote(w, 'p1', 'c1')
    expect(remainingVotes(w, 'p1')).toBe(1)
    expect(withdrawVote(w, 'p2', 'c1')).toBe(w)
  })

  it('returns no result until revealed, then counts per card and cluster', () => {
    let w = voting()
    ;[['p1', 'c2'], ['p2', 'c2'], ['p2', 'c1'], ['p1', 'c3']].forEach(([p, c], i) => (w = castVote(w, p as string, c as string, `v${i}`).workshop))
    expect(tally(w, 'values')).toBeNull()
    expect(clusterTally(w, 'values')).toBeNull()
    w = setRevealed(w, true)
    expect(tally(w, 'values')).toEqual([{ cardId: 'c2', votes: 2 }, { cardId: 'c1', votes: 1 }])
    expect(tally(w, 'vision')).toEqual([{ cardId: 'c3', votes: 1 }])
    expect(Object.fromEntries(clusterTally(w, 'values') ?? [])).toEqual({ k: 1, '': 2 })
    const cleared = clearVotes(w)
    expect(cleared.workshop.votes).toEqual([])
    expect(tally(cleared, 'values')).toBeNull()
    expect(removeParticipant(w, 'p2').workshop.votes.map((v) => v.participantId)).toEqual(['p1', 'p1'])
  })
})

describe('merging partner files', () => {
  let counter = 0
  const makeId = () => `new-${++counter}`

  it('recognises duplicates by normalised text: case, spacing, punctuation, umlaut spellings', () => {
    expect(normalise('  Bürgernähe!  ')).toBe(normalise('buergernaehe'))
    expect(normalise('Straßen-Sanierung')).toBe(normalise('STRASSEN sanierung.'))
    expect(normalise('Café')).toBe(normalise('cafe'))
    expect(normalise('Gemeinde A')).not.toBe(normalise('Gemeinde B'))
  })

  it('adds new contributions, reports duplicates and leaves both inputs unchanged', () => {
    const base: Workshop = { ...voting(), clarification: { ...blankWorkshop().clarification, municipalities: ['Gemeinde A'] }, swot: { ...blankWorkshop().swot, strengths: [{ id: 's1', text: 'Gute Bürgernähe', author: 'Gemeinde A' }] } }
    const partner: Workshop = {
      ...blankWorkshop(),
      clarification: { ...blankWorkshop().clarification, municipalities: ['gemeinde a', 'Stadt B'] },
      swot: { ...blankWorkshop().swot, strengths: [{ id: 'x1', text: 'gute buergernaehe.', author: 'Stadt B' }, { id: 's1', text: 'Eigene Bauhöfe', author: 'Stadt B' }], threats: [{ id: 't', text: '   ', author: '' }] },
      workshop: {
        ...blankWorkshop().workshop,
        participants: [{ id: 'q1', name: 'B', municipality: 'Stadt B' }, { id: 'q2', name: 'C', municipality: 'Markt C' }],
        clusters: [{ id: 'kk', step: 'values', label: 'k' }],
        cards: [{ id: 'd1', step: 'values', text: 'Zwei', author: '', clusterId: '' }, { id: 'd2', step: 'values', text: 'vier', author: '', clusterId: 'kk' }],
        votes: [{ id: 'pv1', participantId: 'q2', cardId: 'd1' }, { id: 'pv2', participantId: 'q2', cardId: 'd2' }, { id: 'pv3', participantId: 'q1', cardId: 'd2' }],
      },
    }
    const before = JSON.stringify([base, partner])
    const { workshop: w, report } = mergeWorkshops(base, partner, makeId)
    expect(JSON.stringify([base, partner])).toBe(before)
    expect(w.clarification.municipalities).toEqual(['Gemeinde A', 'Stadt B'])
    // The id s1 is taken by different text: the partner's item gets a new id, nothing is overwritten.
    expect(w.swot.strengths.map((x) => [x.id, x.text])).toEqual([['s1', 'Gute Bürgernähe'], ['new-1', 'Eigene Bauhöfe']])
    expect(w.swot.threats).toEqual([])
    expect(w.workshop.participants.map((p) => p.name)).toEqual(['A', 'B', 'C'])
    const vier = w.workshop.cards.find((c) => c.text === 'vier')
    expect(vier?.clusterId).toBe('k')
    expect(w.workshop.votes.map((v) => [v.participantId, v.cardId])).toEqual([['q2', 'c2'], ['q2', vier?.id], ['p2', vier?.id]])
    expect(report.added).toEqual({ municipality: 1, swot: 1, participant: 1, cluster: 0, card: 1, vote: 3 })
    expect(report.duplicates).toEqual([
      { kind: 'municipality', text: 'gemeinde a' },
      { kind: 'swot', text: 'gute buergernaehe.' },
      { kind: 'participant', text: 'B' },
      { kind: 'cluster', text: 'k' },
      { kind: 'card', text: 'Zwei' },
    ])
  })

  it('is idempotent: merging the same file twice adds nothing the second time', () => {
    const partner: Workshop = { ...voting(), swot: { ...blankWorkshop().swot, opportunities: [{ id: 'o', text: 'Förderprogramm', author: 'Stadt B' }] } }
    const once = mergeWorkshops(blankWorkshop(), partner, makeId).workshop
    const twice = mergeWorkshops(once, partner, makeId)
    expect(twice.workshop).toEqual(once)
    expect(Object.values(twice.report.added).every((n) => n === 0)).toBe(true)
  })

  it('skips dots beyond the budget', () => {
    let base = voting()
    base = castVote(base, 'p1', 'c1', 'a').workshop
    base = castVote(base, 'p1', 'c1', 'b').workshop
    const partner = { ...voting(), workshop: { ...voting().workshop, votes: [{ id: 'z', participantId: 'p1', cardId: 'c2' }] } }
    const { workshop, report } = mergeWorkshops(base, partner, makeId)
    expect(report.skippedVotes).toBe(1)
    expect(workshop.workshop.votes).toHaveLength(2)
  })
})

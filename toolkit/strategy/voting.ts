import type { StepId, Workshop } from './schema'

/**
 * Dot voting: each participant has the same budget of dots and may put several on one card.
 * Counts stay hidden until the moderator reveals them, so nobody follows the crowd.
 */
export const usedVotes = (w: Workshop, participantId: string) => w.workshop.votes.filter((v) => v.participantId === participantId).length

export const remainingVotes = (w: Workshop, participantId: string) => Math.max(0, w.workshop.budget - usedVotes(w, participantId))

/** The dots this participant put on this card: shown only to the person voting. */
export const ownVotes = (w: Workshop, participantId: string, cardId: string) => w.workshop.votes.filter((v) => v.participantId === participantId && v.cardId === cardId).length

export type VoteOutcome = 'cast' | 'no-budget' | 'unknown-participant' | 'unknown-card'

/** Places one dot; the workshop is returned unchanged with the reason when it cannot be placed. */
export function castVote(w: Workshop, participantId: string, cardId: string, voteId: string): { workshop: Workshop; outcome: VoteOutcome } {
  if (!w.workshop.participants.some((p) => p.id === participantId)) return { workshop: w, outcome: 'unknown-participant' }
  if (!w.workshop.cards.some((c) => c.id === cardId)) return { workshop: w, outcome: 'unknown-card' }
  if (remainingVotes(w, participantId) === 0) return { workshop: w, outcome: 'no-budget' }
  return { workshop: { ...w, workshop: { ...w.workshop, votes: [...w.workshop.votes, { id: voteId, participantId, cardId }] } }, outcome: 'cast' }
}

/** Takes back the participant's most recent dot on the card, if there is one. */
export function withdrawVote(w: Workshop, participantId: string, cardId: string): Workshop {
  const votes = w.workshop.votes
  let index = -1
  for (let i = votes.length - 1; i >= 0; i--) {
    if (votes[i]?.participantId === participantId && votes[i]?.cardId === cardId) {
      index = i
      break
    }
  }
  if (index < 0) return w
  return { ...w, workshop: { ...w.workshop, votes: votes.filter((_, i) => i !== index) } }
}

export const setRevealed = (w: Workshop, revealed: boolean): Workshop => ({ ...w, workshop: { ...w.workshop, revealed } })

/** Removes every dot and hides the result again, for a new round. */
export const clearVotes = (w: Workshop): Workshop => ({ ...w, workshop: { ...w.workshop, votes: [], revealed: false } })

export interface Tally {
  cardId: string
  votes: number
}

/**
 * The result of a step's voting, most dots first (ties keep the cards' order). Returns null
 * while the votes are hidden: the view cannot show what it does not get.
 */
export function tally(w: Workshop, step: StepId): Tally[] | null {
  if (!w.workshop.revealed) return null
  const counts = new Map<string, number>()
  for (const v of w.workshop.votes) counts.set(v.cardId, (counts.get(v.cardId) ?? 0) + 1)
  return w.workshop.cards
    .filter((c) => c.step === step)
    .map((c) => ({ cardId: c.id, votes: counts.get(c.id) ?? 0 }))
    .sort((a, b) => b.votes - a.votes)
}

/** Dots per cluster of a step once revealed; cards outside a cluster count under ''. */
export function clusterTally(w: Workshop, step: StepId): Map<string, number> | null {
  const cards = tally(w, step)
  if (!cards) return null
  const clusterOf = new Map(w.workshop.cards.map((c) => [c.id, c.clusterId]))
  const out = new Map<string, number>()
  for (const t of cards) out.set(clusterOf.get(t.cardId) ?? '', (out.get(clusterOf.get(t.cardId) ?? '') ?? 0) + t.votes)
  return out
}

/** Removes a participant together with their dots. */
export function removeParticipant(w: Workshop, participantId: string): Workshop {
  return {
    ...w,
    workshop: { ...w.workshop, participants: w.workshop.participants.filter((p) => p.id !== participantId), votes: w.workshop.votes.filter((v) => v.participantId !== participantId) },
  }
}

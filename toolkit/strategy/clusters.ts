import type { Card, StepId, Workshop } from './schema'

/**
 * Idea cards and their clusters. A card with an empty `clusterId` is unsorted. Moving works
 * the same from a drag and from the keyboard: the view only says which card goes where.
 */
export const cardsOf = (w: Workshop, step: StepId, clusterId = ''): Card[] => w.workshop.cards.filter((c) => c.step === step && c.clusterId === clusterId)

export const clustersOf = (w: Workshop, step: StepId) => w.workshop.clusters.filter((c) => c.step === step)

const withCards = (w: Workshop, cards: Card[]): Workshop => ({ ...w, workshop: { ...w.workshop, cards } })

/**
 * Puts a card into a cluster (or back to unsorted with ''), before the card `beforeId` or at
 * the end. A cluster of another step, or an unknown card, leaves everything as it was.
 */
export function moveCard(w: Workshop, cardId: string, clusterId: string, beforeId?: string): Workshop {
  const card = w.workshop.cards.find((c) => c.id === cardId)
  if (!card) return w
  if (clusterId !== '' && !w.workshop.clusters.some((c) => c.id === clusterId && c.step === card.step)) return w
  if (beforeId === cardId) return w
  const rest = w.workshop.cards.filter((c) => c.id !== cardId)
  const moved = { ...card, clusterId }
  const before = beforeId === undefined ? -1 : rest.findIndex((c) => c.id === beforeId && c.clusterId === clusterId)
  if (before >= 0) return withCards(w, [...rest.slice(0, before), moved, ...rest.slice(before)])
  // At the end of the target group: after the last card of the same step and cluster.
  let last = -1
  rest.forEach((c, i) => {
    if (c.step === card.step && c.clusterId === clusterId) last = i
  })
  const at = last < 0 ? rest.length : last + 1
  return withCards(w, [...rest.slice(0, at), moved, ...rest.slice(at)])
}

/** Moves a card one place up or down within its own group. */
export function reorderCard(w: Workshop, cardId: string, delta: -1 | 1): Workshop {
  const card = w.workshop.cards.find((c) => c.id === cardId)
  if (!card) return w
  const group = cardsOf(w, card.step, card.clusterId)
  const neighbour = group[group.findIndex((c) => c.id === cardId) + delta]
  if (!neighbour) return w
  const cards = [...w.workshop.cards]
  const a = cards.findIndex((c) => c.id === cardId)
  const b = cards.findIndex((c) => c.id === neighbour.id)
  cards[a] = neighbour
  cards[b] = card
  return withCards(w, cards)
}

/** Deletes a cluster; its cards go back to unsorted, none is lost. */
export function removeCluster(w: Workshop, clusterId: string): Workshop {
  return {
    ...w,
    workshop: {
      ...w.workshop,
      clusters: w.workshop.clusters.filter((c) => c.id !== clusterId),
      cards: w.workshop.cards.map((c) => (c.clusterId === clusterId ? { ...c, clusterId: '' } : c)),
    },
  }
}

/** Deletes a card and the dots on it. */
export function removeCard(w: Workshop, cardId: string): Workshop {
  return { ...w, workshop: { ...w.workshop, cards: w.workshop.cards.filter((c) => c.id !== cardId), votes: w.workshop.votes.filter((v) => v.cardId !== cardId) } }
}

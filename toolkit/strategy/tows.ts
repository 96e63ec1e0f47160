import type { Quadrant, SwotItem, TowsPair, TowsStrategy, Workshop } from './schema'

/**
 * The TOWS matrix (Weihrich 1982) pairs an internal with an external SWOT quadrant: each pair
 * asks a different strategic question.
 */
export const TOWS_QUADRANTS: Record<TowsPair, readonly [Quadrant, Quadrant]> = {
  SO: ['strengths', 'opportunities'],
  WO: ['weaknesses', 'opportunities'],
  ST: ['strengths', 'threats'],
  WT: ['weaknesses', 'threats'],
}

/** The SWOT items a strategy of this pair may build on. */
export function candidates(w: Workshop, pair: TowsPair): { internal: SwotItem[]; external: SwotItem[] } {
  const [i, e] = TOWS_QUADRANTS[pair]
  return { internal: w.swot[i], external: w.swot[e] }
}

/** Strategies of a pair, with their links resolved; links to deleted items are dropped. */
export function strategiesOf(w: Workshop, pair: TowsPair): { strategy: TowsStrategy; items: SwotItem[] }[] {
  const { internal, external } = candidates(w, pair)
  const byId = new Map([...internal, ...external].map((x) => [x.id, x]))
  return w.tows.filter((s) => s.pair === pair).map((strategy) => ({ strategy, items: strategy.itemIds.flatMap((i) => byId.get(i) ?? []) }))
}

/** Whether a strategy links to both sides of its pair, as the method asks. */
export function isComplete(w: Workshop, s: TowsStrategy): boolean {
  const { internal, external } = candidates(w, s.pair)
  return s.text.trim() !== '' && s.itemIds.some((i) => internal.some((x) => x.id === i)) && s.itemIds.some((i) => external.some((x) => x.id === i))
}

/** Toggles the link of a strategy to a SWOT item. */
export function toggleLink(s: TowsStrategy, itemId: string): TowsStrategy {
  return { ...s, itemIds: s.itemIds.includes(itemId) ? s.itemIds.filter((i) => i !== itemId) : [...s.itemIds, itemId] }
}

/** Removes a SWOT item and every link to it. */
export function removeSwotItem(w: Workshop, quadrant: Quadrant, itemId: string): Workshop {
  return {
    ...w,
    swot: { ...w.swot, [quadrant]: w.swot[quadrant].filter((x) => x.id !== itemId) },
    tows: w.tows.map((s) => (s.itemIds.includes(itemId) ? { ...s, itemIds: s.itemIds.filter((i) => i !== itemId) } : s)),
  }
}

/** How many SWOT items each pair can combine: a hint where strategies are still missing. */
export function pairCounts(w: Workshop): Record<TowsPair, { combinations: number; strategies: number }> {
  const out = {} as Record<TowsPair, { combinations: number; strategies: number }>
  for (const pair of Object.keys(TOWS_QUADRANTS) as TowsPair[]) {
    const { internal, external } = candidates(w, pair)
    out[pair] = { combinations: internal.length * external.length, strategies: w.tows.filter((s) => s.pair === pair).length }
  }
  return out
}

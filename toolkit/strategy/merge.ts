import { QUADRANTS, type Card, type Cluster, type Participant, type SwotItem, type Vote, type Workshop } from './schema'

/**
 * Text as people mean it: case, spacing, punctuation and the spelling of umlauts ("Bürgernähe",
 * "buergernaehe ") do not make two contributions different.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('de')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The key of an item: its normalised text plus context, or null when the text is empty. */
const keyOf = (main: string, ...context: string[]) => (main === '' ? null : [main, ...context].join('|'))

export type MergeKind = 'municipality' | 'swot' | 'participant' | 'cluster' | 'card' | 'vote'

export interface MergeReport {
  added: Record<MergeKind, number>
  /** Contributions recognised as already present, with their text as the partner wrote it. */
  duplicates: { kind: MergeKind; text: string }[]
  /** Dots that would exceed a participant's budget. */
  skippedVotes: number
}

const emptyCounts = (): Record<MergeKind, number> => ({ municipality: 0, swot: 0, participant: 0, cluster: 0, card: 0, vote: 0 })

/**
 * Adds a partner's contributions (municipalities, SWOT items, participants, clusters, idea
 * cards and dots) to a workshop. Everything else of the workshop stays as it is. Ids that
 * clash with different content get a fresh id from `makeId`, so nothing is overwritten.
 */
export function mergeWorkshops(base: Workshop, incoming: Workshop, makeId: () => string): { workshop: Workshop; report: MergeReport } {
  const report: MergeReport = { added: emptyCounts(), duplicates: [], skippedVotes: 0 }
  const taken = new Set<string>([...QUADRANTS.flatMap((q) => base.swot[q].map((x) => x.id)), ...base.workshop.participants.map((x) => x.id), ...base.workshop.cards.map((x) => x.id), ...base.workshop.clusters.map((x) => x.id), ...base.workshop.votes.map((x) => x.id)])
  const freshId = (id: string) => {
    let next = id
    while (taken.has(next)) next = makeId()
    taken.add(next)
    return next
  }

  const municipalities = [...base.clarification.municipalities]
  for (const m of incoming.clarification.municipalities) {
    if (municipalities.some((x) => normalise(x) === normalise(m))) report.duplicates.push({ kind: 'municipality', text: m })
    else if (normalise(m) !== '') {
      municipalities.push(m)
      report.added.municipality++
    }
  }

  const swot = { ...base.swot }
  for (const q of QUADRANTS) swot[q] = mergeList<SwotItem>(base.swot[q], incoming.swot[q], (x) => keyOf(normalise(x.text)), 'swot', report, freshId, (x) => x)

  const participantIds = new Map<string, string>()
  const participants = mergeList<Participant>(base.workshop.participants, incoming.workshop.participants, (p) => keyOf(normalise(p.name), normalise(p.municipality)), 'participant', report, freshId, (x) => x, participantIds, (p) => p.name)

  const clusterIds = new Map<string, string>()
  const clusters = mergeList<Cluster>(base.workshop.clusters, incoming.workshop.clusters, (c) => keyOf(normalise(c.label), c.step), 'cluster', report, freshId, (x) => x, clusterIds, (c) => c.label)

  const cardIds = new Map<string, string>()
  const cards = mergeList<Card>(base.workshop.cards, incoming.workshop.cards, (c) => keyOf(normalise(c.text), c.step), 'card', report, freshId, (c) => ({ ...c, clusterId: clusterIds.get(c.clusterId) ?? '' }), cardIds)

  const votes: Vote[] = [...base.workshop.votes]
  const baseVoteIds = new Set(votes.map((v) => v.id))
  for (const v of incoming.workshop.votes) {
    const participantId = participantIds.get(v.participantId)
    const cardId = cardIds.get(v.cardId)
    if (participantId === undefined || cardId === undefined) continue
    if (baseVoteIds.has(v.id)) {
      report.duplicates.push({ kind: 'vote', text: v.id })
      continue
    }
    if (votes.filter((x) => x.participantId === participantId).length >= base.workshop.budget) {
      report.skippedVotes++
      continue
    }
    votes.push({ id: freshId(v.id), participantId, cardId })
    report.added.vote++
  }

  return {
    workshop: { ...base, clarification: { ...base.clarification, municipalities }, swot, workshop: { ...base.workshop, participants, clusters, cards, votes } },
    report,
  }
}

/**
 * Merges one kind of item: an item is a duplicate when the base has an item with the same
 * normalised key (null for an empty item, which is left out). `ids` records where each incoming id ended up, for the items referring to it.
 */
function mergeList<T extends { id: string }>(
  base: readonly T[],
  incoming: readonly T[],
  key: (x: T) => string | null,
  kind: MergeKind,
  report: MergeReport,
  freshId: (id: string) => string,
  adapt: (x: T) => T,
  ids = new Map<string, string>(),
  label: (x: T) => string = (x) => ('text' in x && typeof x.text === 'string' ? x.text : x.id),
): T[] {
  const out = [...base]
  const byKey = new Map<string, string>()
  for (const x of base) {
    const k = key(x)
    if (k !== null && !byKey.has(k)) byKey.set(k, x.id)
  }
  for (const item of incoming) {
    const k = key(item)
    // An empty contribution adds nothing.
    if (k === null) continue
    const same = byKey.get(k)
    if (same !== undefined) {
      ids.set(item.id, same)
      report.duplicates.push({ kind, text: label(item) })
      continue
    }
    const id = freshId(item.id)
    ids.set(item.id, id)
    byKey.set(k, id)
    out.push({ ...adapt(item), id })
    report.added[kind]++
  }
  return out
}

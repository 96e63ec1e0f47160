import { LIMITS, type Analysis, type Relation, type Stakeholder } from './schema'

/** Names match across files regardless of case, spacing and Unicode composition. */
export const normaliseName = (name: string) => name.normalize('NFC').toLocaleLowerCase('de').replace(/\s+/g, ' ').trim()

export const NUMERIC_FIELDS = ['power', 'interest', 'attitude'] as const
export const FLAG_FIELDS = ['legitimacy', 'urgency'] as const
export type NumericField = (typeof NUMERIC_FIELDS)[number]
export type FlagField = (typeof FLAG_FIELDS)[number]
export type RatingField = NumericField | FlagField

export interface Conflict {
  /** `<my stakeholder id>:<field>`, the key of the user's decision. */
  key: string
  mineId: string
  name: string
  field: RatingField
  mine: number | boolean
  theirs: number | boolean
  /** Arithmetic mean, only for numeric ratings. */
  mean: number | null
  /** The distance between the two ratings (their range), only for numeric ratings. */
  spread: number | null
}

export interface MergePlan {
  mine: Analysis
  theirs: Analysis
  /** Their stakeholder id → my stakeholder id, for the matched ones. */
  matches: Map<string, string>
  conflicts: Conflict[]
  /** Their stakeholders without a match, added as they are. */
  added: Stakeholder[]
}

export type Choice = 'mine' | 'theirs' | 'mean'

/** Compares two analyses: which stakeholders are the same, where their ratings differ. */
export function planMerge(mine: Analysis, theirs: Analysis): MergePlan {
  const byName = new Map<string, Stakeholder>()
  for (const s of mine.stakeholders) if (!byName.has(normaliseName(s.name))) byName.set(normaliseName(s.name), s)
  const matches = new Map<string, string>()
  const conflicts: Conflict[] = []
  const added: Stakeholder[] = []
  const taken = new Set<string>()
  for (const t of theirs.stakeholders) {
    const m = byName.get(normaliseName(t.name))
    if (!m || taken.has(m.id)) {
      added.push(t)
      continue
    }
    taken.add(m.id)
    matches.set(t.id, m.id)
    for (const field of NUMERIC_FIELDS) {
      if (m[field] === t[field]) continue
      conflicts.push({ key: `${m.id}:${field}`, mineId: m.id, name: m.name, field, mine: m[field], theirs: t[field], mean: (m[field] + t[field]) / 2, spread: Math.abs(m[field] - t[field]) })
    }
    for (const field of FLAG_FIELDS) {
      if (m[field] === t[field]) continue
      conflicts.push({ key: `${m.id}:${field}`, mineId: m.id, name: m.name, field, mine: m[field], theirs: t[field], mean: null, spread: null })
    }
  }
  return { mine, theirs, matches, conflicts, added }
}

/** A mean on the integer scale: halves round away from neutral, so +0.5 → 1 and −0.5 → −1. */
const roundMean = (x: number) => Math.sign(x) * Math.round(Math.abs(x))

function chosen(c: Conflict, choice: Choice | undefined): number | boolean {
  if (choice === 'theirs') return c.theirs
  if (choice === 'mean' && c.mean !== null) return roundMean(c.mean)
  return c.mine
}

/**
 * The merged analysis: my stakeholders with the decided ratings, their unmatched stakeholders
 * (with fresh ids when an id is already in use), the union of partners and of relations.
 * Undecided conflicts keep my rating. Pure: `newId` supplies ids for clashes.
 */
export function applyMerge(plan: MergePlan, decisions: Record<string, Choice>, newId: () => string): Analysis {
  const byStakeholder = new Map<string, Conflict[]>()
  for (const c of plan.conflicts) byStakeholder.set(c.mineId, [...(byStakeholder.get(c.mineId) ?? []), c])
  const stakeholders = plan.mine.stakeholders.map((s) => {
    const cs = byStakeholder.get(s.id)
    if (!cs) return s
    const next: Stakeholder = { ...s }
    for (const c of cs) (next as Record<RatingField, number | boolean>)[c.field] = chosen(c, decisions[c.key])
    return next
  })
  const used = new Set(stakeholders.map((s) => s.id))
  const idMap = new Map(plan.matches)
  for (const t of plan.added) {
    let id = t.id
    while (used.has(id)) id = newId()
    used.add(id)
    idMap.set(t.id, id)
    stakeholders.push({ ...t, id })
  }
  const relKey = (r: Pick<Relation, 'from' | 'to' | 'type'>) => `${r.from}>${r.to}>${r.type}`
  const relations = [...plan.mine.relations]
  const seenRel = new Set(relations.map(relKey))
  const usedRelIds = new Set(relations.map((r) => r.id))
  for (const r of plan.theirs.relations) {
    const from = idMap.get(r.from)
    const to = idMap.get(r.to)
    if (!from || !to || from === to) continue
    const next = { ...r, from, to }
    if (seenRel.has(relKey(next))) continue
    seenRel.add(relKey(next))
    let id = r.id
    while (usedRelIds.has(id)) id = newId()
    usedRelIds.add(id)
    relations.push({ ...next, id })
  }
  const partners = [...plan.mine.partners]
  for (const p of plan.theirs.partners) if (!partners.some((q) => normaliseName(q) === normaliseName(p))) partners.push(p)
  return { ...plan.mine, partners: partners.slice(0, LIMITS.partners), stakeholders, relations }
}

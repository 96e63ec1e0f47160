import type { DocumentSpec } from '../common/document'
import { z } from '../common/zod'

/** Limits far above any workshop, low enough that a hostile file cannot exhaust the browser. */
export const LIMITS = { text: 200, longText: 4000, partners: 30, stakeholders: 5000, relations: 20000 } as const

const text = z.string().check(z.maxLength(LIMITS.text))
const longText = z.string().check(z.maxLength(LIMITS.longText))
const id = z.string().check(z.minLength(1), z.maxLength(64))
const rating = z.int().check(z.minimum(1), z.maximum(5))
/** An ISO date `YYYY-MM-DD`, or empty when no contact is planned. */
const isoDay = z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'))])

export const STRATEGIES = ['manage', 'satisfy', 'inform', 'monitor'] as const
export type Strategy = (typeof STRATEGIES)[number]
export const STATUSES = ['planned', 'ongoing', 'done', 'paused'] as const
export type Status = (typeof STATUSES)[number]
export const RELATION_TYPES = ['influences', 'allied', 'conflict', 'reportsTo', 'funds'] as const
export type RelationType = (typeof RELATION_TYPES)[number]

export const stakeholder = z.strictObject({
  id,
  name: z.string().check(z.maxLength(LIMITS.text), z.trim(), z.minLength(1)),
  /** The id of a preset group, or a group the user named. */
  group: text,
  /** The partner municipality the stakeholder belongs to; empty for regional or external ones. */
  partner: text,
  role: longText,
  notes: longText,
  /** How strongly the stakeholder can influence the project, 1 (hardly) to 5 (decisively). */
  power: rating,
  /** How strongly the stakeholder is affected or engaged, 1 to 5. */
  interest: rating,
  /** −2 opponent … 0 neutral … +2 supporter. */
  attitude: z.int().check(z.minimum(-2), z.maximum(2)),
  legitimacy: z.boolean(),
  urgency: z.boolean(),
  /** null: the strategy follows from the grid quadrant. */
  strategy: z.nullable(z.enum(STRATEGIES)),
  channel: text,
  frequency: text,
  owner: text,
  nextContact: isoDay,
  status: z.enum(STATUSES),
})
export type Stakeholder = z.infer<typeof stakeholder>

export const relation = z.strictObject({
  id,
  from: id,
  to: id,
  type: z.enum(RELATION_TYPES),
  /** 1 weak, 2 medium, 3 strong. */
  strength: z.int().check(z.minimum(1), z.maximum(3)),
})
export type Relation = z.infer<typeof relation>

/** Far beyond any layout, so a hostile file cannot place a node where nothing can be drawn. */
export const COORDINATE_LIMIT = 100_000
const coordinate = z.number().check(z.minimum(-COORDINATE_LIMIT), z.maximum(COORDINATE_LIMIT))
/** Where the user put a node of the network; the automatic layout places the others. */
export const position = z.strictObject({ id, x: coordinate, y: coordinate })
export type Position = z.infer<typeof position>

export const analysis = z
  .strictObject({
    title: text,
    partners: z.array(z.string().check(z.maxLength(LIMITS.text), z.trim(), z.minLength(1))).check(z.maxLength(LIMITS.partners)),
    stakeholders: z.array(stakeholder).check(z.maxLength(LIMITS.stakeholders)),
    relations: z.array(relation).check(z.maxLength(LIMITS.relations)),
    positions: z.array(position).check(z.maxLength(LIMITS.stakeholders)),
  })
  .check(z.superRefine((a, ctx) => {
    const ids = new Set<string>()
    a.stakeholders.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['stakeholders', i, 'id'], message: 'duplicate id' })
      ids.add(s.id)
    })
    a.relations.forEach((r, i) => {
      if (!ids.has(r.from) || !ids.has(r.to)) ctx.addIssue({ code: 'custom', path: ['relations', i], message: 'refers to an unknown stakeholder' })
      if (r.from === r.to) ctx.addIssue({ code: 'custom', path: ['relations', i], message: 'relates a stakeholder to itself' })
    })
    const placed = new Set<string>()
    a.positions.forEach((p, i) => {
      if (!ids.has(p.id)) ctx.addIssue({ code: 'custom', path: ['positions', i], message: 'refers to an unknown stakeholder' })
      if (placed.has(p.id)) ctx.addIssue({ code: 'custom', path: ['positions', i], message: 'places a stakeholder twice' })
      placed.add(p.id)
    })
  }))
export type Analysis = z.infer<typeof analysis>

/**
 * Version 1 was the register alone: name, group, partner, role, notes, power, interest and
 * attitude, without salience, engagement or relations. Its files still load.
 */
function fromVersion1(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data
  const d = data as Record<string, unknown>
  const list = Array.isArray(d.stakeholders) ? d.stakeholders : []
  return {
    ...d,
    relations: Array.isArray(d.relations) ? d.relations : [],
    stakeholders: list.map((s) =>
      typeof s === 'object' && s !== null
        ? { legitimacy: false, urgency: false, strategy: null, channel: '', frequency: '', owner: '', nextContact: '', status: 'planned', ...(s as object) }
        : s,
    ),
  }
}

/** Version 2 did not keep where the user moved nodes of the network. */
function fromVersion2(data: unknown): unknown {
  return typeof data === 'object' && data !== null ? { positions: [], ...data } : data
}

export const analysisSpec: DocumentSpec<Analysis> = {
  format: 'ikz-kit/stakeholder-analysis',
  version: 3,
  schema: analysis,
  migrations: { 1: fromVersion1, 2: fromVersion2 },
}

export const blankAnalysis = (): Analysis => ({ title: '', partners: [], stakeholders: [], relations: [], positions: [] })

/** A new stakeholder with neutral starting values. */
export const blankStakeholder = (id: string, name = ''): Stakeholder => ({
  id,
  name,
  group: '',
  partner: '',
  role: '',
  notes: '',
  power: 3,
  interest: 3,
  attitude: 0,
  legitimacy: false,
  urgency: false,
  strategy: null,
  channel: '',
  frequency: '',
  owner: '',
  nextContact: '',
  status: 'planned',
})

import type { DocumentSpec } from '../common/document'
import { z } from '../common/zod'
import { MAX_MINUTES } from './timer'

/**
 * The Leitbild workshop as one document: clarification, SWOT and TOWS, vision, mission,
 * values, guiding principles, goals, measures, indicators and the workshop cards. Types are
 * derived from these schemas; files and browser storage share them through `workshopSpec`.
 */
const id = z.string().check(z.minLength(1), z.maxLength(100))
/** Free text with a generous limit: enough for any workshop, not enough to fill the storage by mistake. */
const text = (max = 4000) => z.string().check(z.maxLength(max))
/** A calendar date `YYYY-MM-DD`, or empty while it is not yet known. */
export const dateOrEmpty = z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))])
// zod rejects Infinity and NaN for numbers.
const amount = z.nullable(z.number())

export const STEP_IDS = ['clarification', 'swot', 'vision', 'mission', 'values', 'principles', 'goals', 'measures', 'indicators'] as const
export type StepId = (typeof STEP_IDS)[number]
export const QUADRANTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const
export type Quadrant = (typeof QUADRANTS)[number]
export const TOWS_PAIRS = ['SO', 'WO', 'ST', 'WT'] as const
export type TowsPair = (typeof TOWS_PAIRS)[number]
export const MEASURE_STATUSES = ['planned', 'running', 'at-risk', 'done', 'stopped'] as const
export type MeasureStatus = (typeof MEASURE_STATUSES)[number]

const swotItem = z.strictObject({ id, text: text(1000), author: text(200) })
const towsStrategy = z.strictObject({ id, pair: z.enum(TOWS_PAIRS), text: text(2000), itemIds: z.array(id).check(z.maxLength(200)) })
const value = z.strictObject({ id, label: text(200), note: text(1000) })
const principle = z.strictObject({ id, field: text(200), text: text(1000), explanation: text(2000) })
const goal = z.strictObject({ id, text: text(1000), indicator: text(500), target: text(200), due: dateOrEmpty, owner: text(200), field: text(200) })
const measure = z.strictObject({
  id,
  title: text(500),
  owner: text(200),
  partners: z.array(text(200)).check(z.maxLength(100)),
  start: dateOrEmpty,
  end: dateOrEmpty,
  status: z.enum(MEASURE_STATUSES),
  budget: amount,
  goalId: z.string().check(z.maxLength(100)),
})
const review = z.strictObject({ id, date: dateOrEmpty, value: amount, note: text(1000) })
const indicator = z.strictObject({ id, name: text(500), unit: text(50), goalId: z.string().check(z.maxLength(100)), baseline: amount, target: amount, reviews: z.array(review).check(z.maxLength(500)) })
const participant = z.strictObject({ id, name: text(200), municipality: text(200) })
const card = z.strictObject({ id, step: z.enum(STEP_IDS), text: text(1000), author: text(200), clusterId: z.string().check(z.maxLength(100)) })
const cluster = z.strictObject({ id, step: z.enum(STEP_IDS), label: text(200) })
const vote = z.strictObject({ id, participantId: id, cardId: id })

export const workshopSchema = z.strictObject({
  title: text(300),
  clarification: z.strictObject({
    purpose: text(),
    municipalities: z.array(text(200)).check(z.maxLength(100)),
    participants: text(),
    scope: text(),
    timeFrame: text(1000),
    resources: text(),
    date: dateOrEmpty,
    process: text(),
  }),
  swot: z.strictObject({ strengths: z.array(swotItem).check(z.maxLength(1000)), weaknesses: z.array(swotItem).check(z.maxLength(1000)), opportunities: z.array(swotItem).check(z.maxLength(1000)), threats: z.array(swotItem).check(z.maxLength(1000)) }),
  tows: z.array(towsStrategy).check(z.maxLength(1000)),
  vision: z.strictObject({ horizon: text(20), statement: text() }),
  mission: z.strictObject({ we: text(1000), what: text(2000), forWhom: text(1000), purpose: text(2000) }),
  /** The chosen values in rank order: the first matters most. */
  values: z.array(value).check(z.maxLength(100)),
  principles: z.array(principle).check(z.maxLength(500)),
  goals: z.array(goal).check(z.maxLength(500)),
  measures: z.array(measure).check(z.maxLength(1000)),
  indicators: z.array(indicator).check(z.maxLength(500)),
  workshop: z.strictObject({
    participants: z.array(participant).check(z.maxLength(200)),
    /** Dots each participant may place. */
    budget: z.int().check(z.minimum(1), z.maximum(50)),
    cards: z.array(card).check(z.maxLength(3000)),
    clusters: z.array(cluster).check(z.maxLength(1000)),
    votes: z.array(vote).check(z.maxLength(10000)),
    revealed: z.boolean(),
    timerMinutes: z.int().check(z.minimum(1), z.maximum(MAX_MINUTES)),
  }),
})

export type Workshop = z.infer<typeof workshopSchema>
export type SwotItem = z.infer<typeof swotItem>
export type TowsStrategy = z.infer<typeof towsStrategy>
export type Value = z.infer<typeof value>
export type Principle = z.infer<typeof principle>
export type Goal = z.infer<typeof goal>
export type Measure = z.infer<typeof measure>
export type Indicator = z.infer<typeof indicator>
export type Review = z.infer<typeof review>
export type Participant = z.infer<typeof participant>
export type Card = z.infer<typeof card>
export type Cluster = z.infer<typeof cluster>
export type Vote = z.infer<typeof vote>

export const blankWorkshop = (): Workshop => ({
  title: '',
  clarification: { purpose: '', municipalities: [], participants: '', scope: '', timeFrame: '', resources: '', date: '', process: '' },
  swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] },
  tows: [],
  vision: { horizon: '', statement: '' },
  mission: { we: '', what: '', forWhom: '', purpose: '' },
  values: [],
  principles: [],
  goals: [],
  measures: [],
  indicators: [],
  workshop: { participants: [], budget: 5, cards: [], clusters: [], votes: [], revealed: false, timerMinutes: 5 },
})

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Version 1 kept the SWOT items as plain strings and had no workshop part. Version 2 gives
 * every item an id and an author so partner files can be merged, and adds the cards.
 */
export function migrateV1(data: unknown): unknown {
  if (!isRecord(data)) return data
  const swot = isRecord(data.swot) ? data.swot : {}
  const items = (list: unknown, q: string) =>
    Array.isArray(list) ? list.map((t, i) => (typeof t === 'string' ? { id: `${q}-${i + 1}`, text: t, author: '' } : t)) : []
  return {
    ...data,
    swot: Object.fromEntries(['strengths', 'weaknesses', 'opportunities', 'threats'].map((q) => [q, items(swot[q], q)])),
    workshop: isRecord(data.workshop) ? data.workshop : blankWorkshop().workshop,
  }
}

export const WORKSHOP_FORMAT = 'ikz-kit/leitbild-workshop'

export const workshopSpec: DocumentSpec<Workshop> = {
  format: WORKSHOP_FORMAT,
  version: 2,
  schema: workshopSchema,
  migrations: { 1: migrateV1 },
}

export const titleOf = (w: Workshop) => w.title.trim()

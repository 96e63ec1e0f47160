import { COORDINATE_LIMIT, type Analysis, type Stakeholder, type Strategy } from './schema'

/** Ratings from this value up count as high; the grid's dividing lines lie half a step below. */
export const HIGH_FROM = 4

export type Quadrant = 'manage' | 'satisfy' | 'inform' | 'monitor'

/**
 * The quadrant of the power/interest grid after Mendelow: high power and high interest →
 * manage closely; high power, low interest → keep satisfied; low power, high interest → keep
 * informed; both low → monitor.
 */
export function quadrant(power: number, interest: number, highFrom = HIGH_FROM): Quadrant {
  const p = power >= highFrom
  const i = interest >= highFrom
  if (p) return i ? 'manage' : 'satisfy'
  return i ? 'inform' : 'monitor'
}

/** Each quadrant's strategy is named like the quadrant; the user may choose another. */
export const defaultStrategy = (q: Quadrant): Strategy => q

export const strategyOf = (s: Stakeholder, highFrom = HIGH_FROM): Strategy => s.strategy ?? defaultStrategy(quadrant(s.power, s.interest, highFrom))

export type SalienceClass = 'dormant' | 'discretionary' | 'demanding' | 'dominant' | 'dangerous' | 'dependent' | 'definitive' | 'none'

/** In the order of the model: latent (one attribute), expectant (two), definitive (three). */
export const SALIENCE_CLASSES: readonly SalienceClass[] = ['dormant', 'discretionary', 'demanding', 'dominant', 'dangerous', 'dependent', 'definitive', 'none']

/**
 * The stakeholder class after Mitchell, Agle and Wood (1997) from the three attributes power,
 * legitimacy and urgency. Power counts as present from the same rating that is high in the grid.
 */
export function salienceClass(attrs: { power: boolean; legitimacy: boolean; urgency: boolean }): SalienceClass {
  const { power: p, legitimacy: l, urgency: u } = attrs
  if (p && l && u) return 'definitive'
  if (p && l) return 'dominant'
  if (p && u) return 'dangerous'
  if (l && u) return 'dependent'
  if (p) return 'dormant'
  if (l) return 'discretionary'
  if (u) return 'demanding'
  return 'none'
}

export const salienceOf = (s: Stakeholder, highFrom = HIGH_FROM) => salienceClass({ power: s.power >= highFrom, legitimacy: s.legitimacy, urgency: s.urgency })

/** How many of the three attributes a class has: 0 none, 1 latent, 2 expectant, 3 definitive. */
export const salienceLevel = (c: SalienceClass) => (c === 'none' ? 0 : c === 'definitive' ? 3 : ['dominant', 'dangerous', 'dependent'].includes(c) ? 2 : 1)

export interface PlanRow {
  stakeholder: Stakeholder
  strategy: Strategy
  /** True when the strategy was chosen, not derived. */
  strategyChosen: boolean
  overdue: boolean
}

const STRATEGY_ORDER: Record<Strategy, number> = { manage: 0, satisfy: 1, inform: 2, monitor: 3 }

/**
 * The engagement plan: one row per stakeholder, the next contacts first, then by strategy.
 * A contact is overdue when its date lies before `today` and the engagement is not done.
 */
export function engagementPlan(a: Analysis, today: string, highFrom = HIGH_FROM): PlanRow[] {
  const rows = a.stakeholders.map((s) => ({
    stakeholder: s,
    strategy: strategyOf(s, highFrom),
    strategyChosen: s.strategy !== null,
    overdue: isOverdue(s, today),
  }))
  return rows.sort((x, y) => {
    const dx = x.stakeholder.nextContact || '9999'
    const dy = y.stakeholder.nextContact || '9999'
    return dx.localeCompare(dy) || STRATEGY_ORDER[x.strategy] - STRATEGY_ORDER[y.strategy] || x.stakeholder.name.localeCompare(y.stakeholder.name)
  })
}

export const isOverdue = (s: Stakeholder, today: string) => s.nextContact !== '' && s.status !== 'done' && s.status !== 'paused' && s.nextContact < today

/** Today's date in the browser's time zone as `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`
}

/** Whether a date string is a real calendar day (2026-02-30 is not). */
export function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

export const clampRating = (n: number) => Math.min(5, Math.max(1, Math.round(n)))

/** Replaces one stakeholder; returns a new analysis. */
export const withStakeholder = (a: Analysis, s: Stakeholder): Analysis => ({ ...a, stakeholders: a.stakeholders.map((x) => (x.id === s.id ? s : x)) })

/** Removes a stakeholder, every relation that involves it and where its node was put. */
export const withoutStakeholder = (a: Analysis, id: string): Analysis => ({
  ...a,
  stakeholders: a.stakeholders.filter((s) => s.id !== id),
  relations: a.relations.filter((r) => r.from !== id && r.to !== id),
  positions: a.positions.filter((p) => p.id !== id),
})

/**
 * Keeps where the user put a node of the network: rounded (a file need not carry sub-pixels)
 * and within the limits a file may hold, however far the node was dragged.
 */
export function withPosition(a: Analysis, id: string, at: { x: number; y: number }): Analysis {
  const round = (v: number) => Math.min(COORDINATE_LIMIT, Math.max(-COORDINATE_LIMIT, Math.round(v * 10) / 10))
  return { ...a, positions: [...a.positions.filter((p) => p.id !== id), { id, x: round(at.x), y: round(at.y) }] }
}

/** Counts per quadrant, for the summaries under the grid and in the report. */
export function quadrantCounts(a: Analysis, highFrom = HIGH_FROM): Record<Quadrant, number> {
  const out: Record<Quadrant, number> = { manage: 0, satisfy: 0, inform: 0, monitor: 0 }
  for (const s of a.stakeholders) out[quadrant(s.power, s.interest, highFrom)]++
  return out
}

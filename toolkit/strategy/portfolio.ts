import { MEASURE_STATUSES, type Measure, type MeasureStatus, type Workshop } from './schema'

/** Why a measure needs attention: it is past its end date and not done, or marked at risk. */
export type Flag = 'overdue' | 'at-risk'

export interface MeasureState {
  measure: Measure
  flags: Flag[]
  critical: boolean
}

const finished = (s: MeasureStatus) => s === 'done' || s === 'stopped'

/** `today` is `YYYY-MM-DD`, passed in so the result does not depend on the clock. */
export function measureState(m: Measure, today: string): MeasureState {
  const flags: Flag[] = []
  if (m.end !== '' && m.end < today && !finished(m.status)) flags.push('overdue')
  if (m.status === 'at-risk') flags.push('at-risk')
  return { measure: m, flags, critical: flags.length > 0 }
}

export interface Portfolio {
  counts: Record<MeasureStatus, number>
  total: number
  overdue: number
  critical: MeasureState[]
  /** Sum of the budgets given; measures without a budget are counted apart. */
  budget: number
  withoutBudget: number
  byGoal: { goalId: string; measures: MeasureState[] }[]
}

/** The status of all measures at a glance, critical ones first in their list. */
export function portfolio(w: Workshop, today: string): Portfolio {
  const states = w.measures.map((m) => measureState(m, today))
  const counts = Object.fromEntries(MEASURE_STATUSES.map((s) => [s, 0])) as Record<MeasureStatus, number>
  for (const m of w.measures) counts[m.status]++
  const goalIds = [...w.goals.map((g) => g.id), '']
  return {
    counts,
    total: w.measures.length,
    overdue: states.filter((s) => s.flags.includes('overdue')).length,
    critical: states.filter((s) => s.critical),
    budget: w.measures.reduce((n, m) => n + (m.budget ?? 0), 0),
    withoutBudget: w.measures.filter((m) => m.budget === null).length,
    byGoal: goalIds
      .map((goalId) => ({ goalId, measures: states.filter((s) => (goalId === '' ? !w.goals.some((g) => g.id === s.measure.goalId) : s.measure.goalId === goalId)) }))
      .filter((g) => g.measures.length > 0),
  }
}

/** Today's date in the local time zone as `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`
}

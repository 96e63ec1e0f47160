import { lcg } from './layout'
import { blankStakeholder, RELATION_TYPES, STATUSES, type Analysis, type Relation, type Stakeholder } from './schema'

/**
 * A large analysis made up from a seed, for the benchmark and for scale tests: `n`
 * stakeholders spread over the presets' kinds of groups and three partners, `m` relations.
 * The same arguments always give the same analysis. Names are numbered, never real.
 */
export function syntheticAnalysis(n: number, m: number, seed = 1): Analysis {
  const rand = lcg(seed)
  const int = (k: number) => Math.floor(rand() * k)
  const partners = ['Gemeinde A', 'Gemeinde B', 'Stadt C']
  const groups = ['mayor', 'council', 'treasury', 'staff-council', 'staff', 'citizens', 'press', 'businesses', 'local-associations', 'neighbours']
  const stakeholders: Stakeholder[] = Array.from({ length: n }, (_, i) => ({
    ...blankStakeholder(`s${i}`, `Stakeholder ${i + 1}`),
    group: groups[int(groups.length)]!,
    partner: rand() < 0.8 ? partners[int(3)]! : '',
    power: 1 + int(5),
    interest: 1 + int(5),
    attitude: int(5) - 2,
    legitimacy: rand() < 0.5,
    urgency: rand() < 0.3,
    nextContact: rand() < 0.7 ? `2026-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}` : '',
    status: STATUSES[int(STATUSES.length)]!,
  }))
  const relations: Relation[] = []
  const seen = new Set<string>()
  for (let tries = 0; relations.length < m && n > 1 && tries < m * 10; tries++) {
    const from = int(n)
    const to = int(n)
    const type = RELATION_TYPES[int(RELATION_TYPES.length)]!
    const key = `${from}>${to}>${type}`
    if (from === to || seen.has(key)) continue
    seen.add(key)
    relations.push({ id: `r${relations.length}`, from: `s${from}`, to: `s${to}`, type, strength: 1 + int(3) })
  }
  return { title: `Synthetic ${n}/${m}`, partners, stakeholders, relations, positions: [] }
}

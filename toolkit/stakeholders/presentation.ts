import type { Stakeholder } from './schema'

/**
 * Names for projecting a sensitive analysis: every stakeholder shown as its group's label and a
 * number within the group ("Bürgermeister/in 1"), in the order of the register. Stakeholders
 * without a group are numbered under `fallback`.
 */
export function presentationNames(stakeholders: readonly Stakeholder[], labelOf: (group: string) => string, fallback: string): Map<string, string> {
  const counts = new Map<string, number>()
  const out = new Map<string, string>()
  for (const s of stakeholders) {
    const label = (s.group ? labelOf(s.group) : '').trim() || fallback
    const n = (counts.get(label) ?? 0) + 1
    counts.set(label, n)
    out.set(s.id, `${label} ${n}`)
  }
  return out
}

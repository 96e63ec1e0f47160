import type { PresetGroup, StakeholderPresets } from './presets-schema'
import { blankStakeholder, type Analysis, type Stakeholder } from './schema'

export type Lang = 'de' | 'en'

/** The label of a stakeholder's group: the preset's label, or the text the user gave. */
export function groupLabel(groups: readonly PresetGroup[], group: string, lang: Lang): string {
  return groups.find((g) => g.id === group)?.label[lang] ?? group
}

/** Maps a group label of either language (or an id) back to the preset id; other text stays. */
export function groupFromLabel(groups: readonly PresetGroup[], label: string): string {
  const n = label.trim().toLowerCase()
  return groups.find((g) => g.id === n || g.label.de.toLowerCase() === n || g.label.en.toLowerCase() === n)?.id ?? label.trim()
}

/**
 * Stakeholders from presets: a group of scope `partner` once for every chosen partner, named
 * "Label (Partner)"; a regional group once. Ratings are the presets' starting assumptions.
 */
export function stakeholdersFromPresets(groups: readonly PresetGroup[], chosen: readonly string[], partners: readonly string[], lang: Lang, newId: () => string): Stakeholder[] {
  const out: Stakeholder[] = []
  for (const g of groups) {
    if (!chosen.includes(g.id)) continue
    const base = { group: g.id, role: g.role[lang], power: g.power, interest: g.interest, attitude: g.attitude, legitimacy: g.legitimacy, urgency: g.urgency }
    if (g.scope === 'partner' && partners.length > 0)
      for (const p of partners) out.push({ ...blankStakeholder(newId(), `${g.label[lang]} (${p})`), ...base, partner: p })
    else out.push({ ...blankStakeholder(newId(), g.label[lang]), ...base })
  }
  return out
}

/** The worked example in the page's language; it is loaded as a new analysis of its own. */
export function exampleAnalysis(presets: StakeholderPresets, lang: Lang): Analysis {
  const e = presets.example
  const stakeholders: Stakeholder[] = e.stakeholders.map((s) => ({
    ...blankStakeholder(s.id, s.name[lang]),
    group: s.group,
    partner: s.partner === undefined ? '' : (e.partners[s.partner]?.[lang] ?? ''),
    role: s.role[lang],
    power: s.power,
    interest: s.interest,
    attitude: s.attitude,
    legitimacy: s.legitimacy,
    urgency: s.urgency,
    strategy: s.strategy ?? null,
    channel: s.channel[lang],
    frequency: s.frequency[lang],
    owner: s.owner[lang],
    nextContact: s.nextContact,
    status: s.status,
  }))
  const relations = e.relations.map((r, i) => ({ id: `r${i + 1}`, ...r }))
  return { title: e.title[lang], partners: e.partners.map((p) => p[lang]), stakeholders, relations, positions: [] }
}

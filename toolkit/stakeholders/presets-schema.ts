import { z } from 'zod'
import { localized, slug } from '../content/primitives'
import { RELATION_TYPES, STATUSES, STRATEGIES } from './schema'

// Checked when the site is built; the page receives the validated data, so this schema
// never runs in the browser.
const rating = z.number().int().min(1).max(5)

/** A typical stakeholder group of a cooperation project with a starting assumption for its ratings. */
const presetGroup = z.strictObject({
  id: slug,
  label: localized,
  role: localized,
  /** `partner`: one per partner municipality; `regional`: one for the whole cooperation. */
  scope: z.enum(['partner', 'regional']),
  power: rating,
  interest: rating,
  attitude: z.number().int().min(-2).max(2),
  legitimacy: z.boolean(),
  urgency: z.boolean(),
})

const exampleStakeholder = z.strictObject({
  id: slug,
  group: slug,
  /** Index into the example's partners; absent for regional or external stakeholders. */
  partner: z.number().int().min(0).optional(),
  name: localized,
  role: localized,
  power: rating,
  interest: rating,
  attitude: z.number().int().min(-2).max(2),
  legitimacy: z.boolean(),
  urgency: z.boolean(),
  strategy: z.enum(STRATEGIES).optional(),
  channel: localized,
  frequency: localized,
  owner: localized,
  nextContact: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/),
  status: z.enum(STATUSES),
})

const example = z
  .strictObject({
    title: localized,
    note: localized,
    partners: z.array(localized).min(2),
    stakeholders: z.array(exampleStakeholder).min(1),
    relations: z.array(z.strictObject({ from: slug, to: slug, type: z.enum(RELATION_TYPES), strength: z.number().int().min(1).max(3) })),
  })
  .superRefine((e, ctx) => {
    const ids = new Set(e.stakeholders.map((s) => s.id))
    e.relations.forEach((r, i) => {
      if (!ids.has(r.from) || !ids.has(r.to)) ctx.addIssue({ code: 'custom', path: ['relations', i], message: 'refers to an unknown stakeholder' })
    })
    e.stakeholders.forEach((s, i) => {
      if (s.partner !== undefined && s.partner >= e.partners.length) ctx.addIssue({ code: 'custom', path: ['stakeholders', i, 'partner'], message: 'no such partner' })
    })
  })

/**
 * data/stakeholder-presets.json: the typical stakeholder groups of a cooperation project and a
 * worked example. The ratings are starting assumptions for a workshop, not findings.
 */
export const stakeholderPresets = z
  .strictObject({ groups: z.array(presetGroup).min(1), example })
  .superRefine((p, ctx) => {
    const ids = new Set(p.groups.map((g) => g.id))
    if (ids.size !== p.groups.length) ctx.addIssue({ code: 'custom', path: ['groups'], message: 'duplicate group id' })
    p.example.stakeholders.forEach((s, i) => {
      if (!ids.has(s.group)) ctx.addIssue({ code: 'custom', path: ['example', 'stakeholders', i, 'group'], message: `unknown group "${s.group}"` })
    })
  })
export type StakeholderPresets = z.infer<typeof stakeholderPresets>
export type PresetGroup = StakeholderPresets['groups'][number]

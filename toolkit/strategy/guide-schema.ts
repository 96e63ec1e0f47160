import { z } from 'zod'
import { localized, localizedList, slug } from '../content/primitives'
import { STEP_IDS } from './schema'

/**
 * data/strategy-guide.json: the steps of the Leitbild workshop with guiding questions and an
 * illustrative example each, and the values to pick from. Text is given in both languages.
 */
const step = z.strictObject({
  id: z.enum(STEP_IDS),
  title: localized,
  /** One or two sentences on what the step is for. */
  intro: localized,
  questions: localizedList,
  /** A short worked example with generic names ("Gemeinde A"), marked as illustrative in the view. */
  example: localized,
})

const value = z.strictObject({ id: slug, label: localized, description: localized })

export const strategyGuide = z
  .strictObject({ version: z.literal(1), steps: z.array(step), values: z.array(value).min(5, 'needs at least five values') })
  .superRefine((g, ctx) => {
    const ids = g.steps.map((s) => s.id)
    STEP_IDS.forEach((id) => {
      if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['steps'], message: `step "${id}" is missing` })
    })
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step "${id}"` })
      if (STEP_IDS[i] !== id && ids.indexOf(id) === i) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `steps must be in the order ${STEP_IDS.join(', ')}` })
    })
    const values = g.values.map((v) => v.id)
    values.forEach((id, i) => {
      if (values.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['values', i, 'id'], message: `duplicate value "${id}"` })
    })
  })
export type StrategyGuide = z.infer<typeof strategyGuide>
export type GuideStep = StrategyGuide['steps'][number]

import { z } from 'zod'
import { localized, slug } from '../content/primitives'

/**
 * The cooperation-form guide as data (data/wegweiser.json): questions, answers, and what each
 * answer says for or against each form. An expert changes the logic here, not in code.
 */
const effect = z.strictObject({ form: slug, score: z.number().int().min(-5).max(5) })
const caveat = z.strictObject({ text: localized, forms: z.array(slug).optional() })

const answer = z.strictObject({
  id: slug,
  label: localized,
  /** Why this answer speaks for or against the forms it affects. */
  reason: localized,
  effects: z.array(effect),
  caveats: z.array(caveat).optional(),
})

const question = z
  .strictObject({ id: slug, question: localized, help: localized.optional(), answers: z.array(answer).min(2) })
  .superRefine((q, ctx) => {
    const ids = q.answers.map((a) => a.id)
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['answers', i, 'id'], message: `duplicate answer id "${id}"` })
    })
  })

export const wegweiser = z.strictObject({
  version: z.literal(1),
  questions: z.array(question).min(1),
  /** The Land question: its effects come from data/laws.json, not from weights. */
  landQuestion: z.strictObject({
    question: localized,
    help: localized,
    /** Shown when the Land's recorded law has no provision on a form that needs one; `{land}` is filled in. */
    missing: localized,
    penalty: z.number().int().min(-10).max(0),
    /** Forms that exist only where the Land's law provides them. */
    requiresLaw: z.array(slug),
    cityState: localized,
  }),
  /** Caveats shown with every result. */
  caveats: z.array(caveat),
})
export type Wegweiser = z.infer<typeof wegweiser>
export type WegweiserQuestion = Wegweiser['questions'][number]

import { z } from 'zod'
import { s } from './strings'

/** The strings of the stakeholder analysis tool (toolkit/stakeholders). */
export const stakeholderStrings = z.strictObject({
  title: s,
})
export type StakeholderStrings = z.infer<typeof stakeholderStrings>

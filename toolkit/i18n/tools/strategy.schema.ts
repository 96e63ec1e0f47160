import { z } from 'zod'
import { s } from './strings'

/** The strings of the Leitbild and strategy workshop tool (toolkit/strategy). */
export const strategyStrings = z.strictObject({
  title: s,
})
export type StrategyStrings = z.infer<typeof strategyStrings>

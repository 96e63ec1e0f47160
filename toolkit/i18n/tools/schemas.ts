import type { z } from 'zod'
import { commonStrings } from './common.schema'
import { stakeholderStrings } from './stakeholders.schema'
import { strategyStrings } from './strategy.schema'

/**
 * The UI strings of the tools, one folder per tool with de.json and en.json. They are kept
 * apart from the site's strings so a reader of a guide page does not download them.
 */
export const toolStringSchemas: Record<string, z.ZodType> = {
  common: commonStrings,
  stakeholders: stakeholderStrings,
  strategy: strategyStrings,
}

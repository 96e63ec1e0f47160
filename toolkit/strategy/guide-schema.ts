import { z } from '../common/zod'

/**
 * data/strategy-guide.json: the steps of the Leitbild workshop with guiding questions,
 * examples and the list of values. Placeholder until the tool defines the collection.
 */
export const strategyGuide = z.looseObject({})

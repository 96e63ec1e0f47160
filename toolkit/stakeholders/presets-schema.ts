import { z } from '../common/zod'

/**
 * data/stakeholder-presets.json: the typical stakeholders of a cooperation project and the
 * worked example. Placeholder until the tool defines the collection.
 */
export const stakeholderPresets = z.looseObject({})

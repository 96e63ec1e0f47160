import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import de from '../../../toolkit/i18n/tools/stakeholders/de.json'
import en from '../../../toolkit/i18n/tools/stakeholders/en.json'
import { stakeholderPresets } from '../../../toolkit/stakeholders/presets-schema'
import { blankStakeholder, type Analysis, type Stakeholder } from '../../../toolkit/stakeholders/schema'
import { csvVocabulary } from '../../../toolkit/stakeholders/vocabulary'

export const presets = stakeholderPresets.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../data/stakeholder-presets.json'), 'utf8')))
export const strings = { de, en }
export const vocab = { de: csvVocabulary(de), en: csvVocabulary(en) }

/** Ids 1, 2, 3 … for pure functions that need new ids. */
export function counter(prefix = 'n') {
  let i = 0
  return () => `${prefix}${++i}`
}

export const person = (id: string, over: Partial<Stakeholder> = {}): Stakeholder => ({ ...blankStakeholder(id, `Name ${id}`), ...over })

export const analysisOf = (stakeholders: Stakeholder[], over: Partial<Analysis> = {}): Analysis => ({ title: 'Test', partners: ['Gemeinde A'], stakeholders, relations: [], positions: [], ...over })

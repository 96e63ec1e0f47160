import type { Lang } from '../../content/primitives'
import type { StakeholderStrings } from './stakeholders.schema'
import de from './stakeholders/de.json'
import en from './stakeholders/en.json'

const all: Record<Lang, StakeholderStrings> = { de, en }

/** The stakeholder tool's strings for the browser; zod-free, validated at build time. */
export const stakeholderStringsFor = (lang: string): StakeholderStrings => (lang.startsWith('en') ? all.en : all.de)
export type { StakeholderStrings }

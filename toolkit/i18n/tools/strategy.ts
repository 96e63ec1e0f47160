import type { Lang } from '../../content/primitives'
import type { StrategyStrings } from './strategy.schema'
import de from './strategy/de.json'
import en from './strategy/en.json'

const all: Record<Lang, StrategyStrings> = { de, en }

/** The workshop tool's strings for the browser; zod-free, validated at build time. */
export const strategyStringsFor = (lang: string): StrategyStrings => (lang.startsWith('en') ? all.en : all.de)
export type { StrategyStrings }

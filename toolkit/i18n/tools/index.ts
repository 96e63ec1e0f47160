import type { Lang } from '../../content/primitives'
import type { CommonStrings } from './common.schema'
import de from './common/de.json'
import en from './common/en.json'

/** The shared tool strings for the browser; zod-free, validated at build time. */
const common: Record<Lang, CommonStrings> = { de, en }

export const commonFor = (lang: string): CommonStrings => (lang.startsWith('en') ? common.en : common.de)
export type { CommonStrings }

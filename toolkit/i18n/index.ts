import type { Lang } from '../content/primitives'
import de from './de.json'
import en from './en.json'
import type { UiStrings } from './schema'

export { format } from './format'
export type { UiStrings }

/**
 * The UI strings of both languages, for the browser. This module must stay free of zod so
 * the schema is not shipped to readers; validate.ts checks the files at build time.
 */
export const ui: Record<Lang, UiStrings> = { de, en }

export const uiFor = (lang: string): UiStrings => (lang.startsWith('en') ? ui.en : ui.de)

import { z } from 'zod'

/** The two languages of the site. German is primary and lives at the root. */
export const LANGS = ['de', 'en'] as const
export type Lang = (typeof LANGS)[number]

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters, digits and single hyphens')

/** ISO calendar date, kept as a string so YAML and JSON read it the same way. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in the form YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date')

const text = z.string().trim().min(1, 'must not be empty')

/** Text in both languages; both are required. */
export const localized = z.strictObject({ de: text, en: text })
export type Localized = z.infer<typeof localized>

/** A list in both languages; both lists must be equally long (item i translates item i). */
export const localizedList = z
  .strictObject({ de: z.array(text).min(1, 'needs at least one item'), en: z.array(text).min(1, 'needs at least one item') })
  .refine((l) => l.de.length === l.en.length, { message: 'de and en must have the same number of items' })
export type LocalizedList = z.infer<typeof localizedList>

/**
 * A public reference: a web page or publication (url) or a legal provision (citation,
 * e.g. "§ 108 GWB"). At least one of the two is needed so a reader can look it up.
 */
export const source = z
  .strictObject({
    title: text,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    citation: text.optional(),
    publisher: text.optional(),
    date: isoDate.optional(),
  })
  .refine((s) => s.url !== undefined || s.citation !== undefined, { message: 'needs a url or a citation' })
export type Source = z.infer<typeof source>

export const sources = z.array(source)
export const requiredSources = z.array(source).min(1, 'needs at least one source')

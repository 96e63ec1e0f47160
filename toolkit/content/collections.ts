import { z } from 'zod'
import { wegweiser } from '../wegweiser/schema'
import { isoDate, localized, localizedList, requiredSources, slug } from './primitives'

/**
 * One schema per data collection in data/*.json. Types are derived from these schemas;
 * nothing here is written twice. Every fact-bearing record carries `sources` and `stand`.
 */

import { LAENDER } from './laender'
import { stakeholderPresets } from '../stakeholders/presets-schema'
import { strategyGuide } from '../strategy/guide-schema'

export { LAENDER }
export const land = z.enum(LAENDER)
export type Land = z.infer<typeof land>

/** A criterion of a cooperation form: a short value for the comparison table and the full text. */
const criterion = z.strictObject({ summary: localized, detail: localized })
const level = z.enum(['low', 'medium', 'high'])

export const form = z.strictObject({
  id: slug,
  order: z.number().int().min(1),
  name: localized,
  short: localized,
  category: z.enum(['informal', 'public-law', 'private-law', 'organisational']),
  description: localized,
  fitsWhen: localizedList,
  fitsNot: localizedList,
  legalPersonality: criterion,
  staff: criterion,
  bodies: criterion,
  liability: criterion,
  financing: criterion,
  procurement: criterion,
  vat: criterion,
  dataProtection: criterion,
  setupEffort: criterion.extend({ level }),
  flexibility: criterion.extend({ level }),
  exit: criterion,
  areas: z.array(slug),
  related: z.array(slug).default([]),
  stand: isoDate,
  sources: requiredSources,
})
export type Form = z.infer<typeof form>

const provision = z.strictObject({ form: slug, section: z.string().min(1), note: localized.optional() })

export const law = z.strictObject({
  id: slug,
  land,
  landName: localized,
  kind: z.enum(['flaechenland', 'stadtstaat']),
  /** The state's law on municipal cooperation; city-states may have none. */
  act: z
    .strictObject({
      name: z.string().min(1),
      nameEn: z.string().min(1),
      abbreviation: z.string().min(1),
      url: z.url({ protocol: /^https?$/ }),
    })
    .optional(),
  summary: localized,
  forms: z.array(slug),
  provisions: z.array(provision),
  particularities: localizedList,
  stand: isoDate,
  sources: requiredSources,
})
export type Law = z.infer<typeof law>

export const area = z.strictObject({
  id: slug,
  order: z.number().int().min(1),
  name: localized,
  short: localized,
  shared: localizedList,
  forms: z.array(slug).min(1),
  benefits: localizedList,
  pitfalls: localizedList,
  prerequisites: localizedList,
  stand: isoDate,
  sources: requiredSources,
})
export type Area = z.infer<typeof area>

export const glossaryTerm = z.strictObject({
  id: slug,
  term: z.string().min(1),
  english: z.string().min(1),
  definition: localized,
  related: z.array(slug).default([]),
  form: slug.optional(),
  stand: isoDate,
  sources: requiredSources,
})
export type GlossaryTerm = z.infer<typeof glossaryTerm>

export const example = z.strictObject({
  id: slug,
  /** The cooperation's own name (usually German); the English one explains it. */
  name: localized,
  /** The partners as publicly named (municipalities, districts, agencies). */
  partners: z.array(z.string().min(1)).min(2),
  /** Number of partners; may exceed the names listed (e.g. "62 member municipalities"). */
  partnerCount: z.number().int().min(2),
  laender: z.array(land).min(1),
  areas: z.array(slug).min(1),
  form: slug,
  startYear: z.number().int().min(1900).max(2100),
  description: localized,
  /** What the cooperation achieved, as documented in the sources. */
  achievements: localized,
  website: z.url({ protocol: /^https?$/ }).optional(),
  stand: isoDate,
  sources: requiredSources,
})
export type Example = z.infer<typeof example>

export const funding = z.strictObject({
  id: slug,
  name: localized,
  level: z.enum(['land', 'bund', 'eu']),
  /** The Länder where it applies; empty for federal and EU programmes open everywhere. */
  laender: z.array(land),
  provider: z.string().min(1),
  /** Task areas it is meant for; empty when it is open to any task. */
  areas: z.array(slug),
  summary: localized,
  conditions: z.strictObject({
    rate: localized.optional(),
    maximum: localized.optional(),
    minimumDuration: localized.optional(),
    savingsProof: localized.optional(),
    documents: localizedList.optional(),
  }),
  url: z.url({ protocol: /^https?$/ }),
  stand: isoDate,
  sources: requiredSources,
})
export type Funding = z.infer<typeof funding>

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour in the form #RRGGBB')

/** Relative luminance and contrast ratio as WCAG 2.1 defines them. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }) as [number, number, number]
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** Light and dark page backgrounds of the theme; links in the accent colour must reach 4.5:1 on them. */
export const BACKGROUNDS = { light: '#ffffff', dark: '#1b1b1f' }

export const siteSettings = z.strictObject({
  /** The site's name in the navigation bar and the browser tab. */
  name: z.string().min(1),
  branding: z
    .strictObject({
      /** An image in docs/public shown before the name, e.g. "logo.svg". */
      logo: z.string().regex(/^[\w.-]+\.(svg|png|webp)$/, 'must be a file name in docs/public ending in .svg, .png or .webp').optional(),
      /** Accent colour for links and buttons in the light appearance. */
      accent: hexColour.refine((c) => contrast(c, BACKGROUNDS.light) >= 4.5, 'must have a contrast of at least 4.5:1 on white (WCAG 2.1 AA)').optional(),
      /** Accent colour in the dark appearance. */
      accentDark: hexColour.refine((c) => contrast(c, BACKGROUNDS.dark) >= 4.5, 'must have a contrast of at least 4.5:1 on the dark background (WCAG 2.1 AA)').optional(),
    })
    .default({}),
  /** Which parts appear in the navigation and the search. */
  show: z
    .strictObject({
      basics: z.boolean().default(true),
      process: z.boolean().default(true),
      methods: z.boolean().default(true),
      reference: z.boolean().default(true),
      practice: z.boolean().default(true),
      faq: z.boolean().default(true),
      /** The tools, each on its own; a hidden tool leaves the navigation and the search but keeps its page (content/visibility.ts). */
      tools: z
        .strictObject({ wegweiser: z.boolean().default(true), stakeholders: z.boolean().default(true), strategy: z.boolean().default(true) })
        .default({ wegweiser: true, stakeholders: true, strategy: true }),
    })
    .default({ basics: true, process: true, methods: true, reference: true, practice: true, faq: true, tools: { wegweiser: true, stakeholders: true, strategy: true } }),
  tagline: localized,
  operator: z.strictObject({
    name: z.string().min(1),
    address: z.array(z.string().min(1)).min(1),
    email: z.email(),
    phone: z.string().min(1).optional(),
    representative: z.string().min(1).optional(),
  }),
  accessibility: z.strictObject({
    /** Where readers report barriers (BITV 2.0 feedback mechanism). */
    contact: z.strictObject({ name: z.string().min(1), email: z.email(), phone: z.string().min(1).optional() }),
    /** The enforcement or conciliation body responsible for the operator (it depends on the Land). */
    enforcement: z.strictObject({ name: z.string().min(1), url: z.url({ protocol: /^https?$/ }).optional(), address: z.array(z.string().min(1)).optional() }),
    /** When the operator last reviewed the statement. */
    reviewed: isoDate,
  }),
})
export type SiteSettings = z.infer<typeof siteSettings>

const uniqueIds = <T extends { id: string }>(items: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>()
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${item.id}"`, path: [index, 'id'] })
    seen.add(item.id)
  })
}
const list = <S extends z.ZodType<{ id: string }>>(schema: S) => z.array(schema).superRefine(uniqueIds)

/** The collections: file name in data/ → schema. A data file not listed here is an error. */
export const collections = {
  forms: list(form),
  laws: list(law),
  areas: list(area),
  glossary: list(glossaryTerm),
  examples: list(example),
  funding: list(funding),
  wegweiser,
  site: siteSettings,
  'stakeholder-presets': stakeholderPresets,
  'strategy-guide': strategyGuide,
} as const
export type CollectionName = keyof typeof collections
export type Collections = { [K in CollectionName]: z.infer<(typeof collections)[K]> }

/** A reference from one record to another collection's id, with the JSON path that holds it. */
export interface Reference {
  target: CollectionName
  id: string
  path: (string | number)[]
}

/** Every id one collection uses of another. Referential integrity is checked from this list. */
export function referencesOf(data: Partial<Collections>): Reference[] {
  const refs: Reference[] = []
  const add = (target: CollectionName, ids: string[] | undefined, path: (string | number)[]) =>
    ids?.forEach((id, i) => refs.push({ target, id, path: [...path, i] }))
  data.forms?.forEach((f, i) => {
    add('areas', f.areas, ['forms', i, 'areas'])
    add('forms', f.related, ['forms', i, 'related'])
  })
  data.laws?.forEach((l, i) => {
    add('forms', l.forms, ['laws', i, 'forms'])
    l.provisions.forEach((p, j) => refs.push({ target: 'forms', id: p.form, path: ['laws', i, 'provisions', j, 'form'] }))
  })
  data.areas?.forEach((a, i) => add('forms', a.forms, ['areas', i, 'forms']))
  data.glossary?.forEach((g, i) => {
    add('glossary', g.related, ['glossary', i, 'related'])
    if (g.form) refs.push({ target: 'forms', id: g.form, path: ['glossary', i, 'form'] })
  })
  data.examples?.forEach((e, i) => {
    add('areas', e.areas, ['examples', i, 'areas'])
    refs.push({ target: 'forms', id: e.form, path: ['examples', i, 'form'] })
  })
  data.funding?.forEach((f, i) => add('areas', f.areas, ['funding', i, 'areas']))
  data.wegweiser?.questions.forEach((q, i) =>
    q.answers.forEach((a, j) => {
      a.effects.forEach((e, k) => refs.push({ target: 'forms', id: e.form, path: ['wegweiser', 'questions', i, 'answers', j, 'effects', k, 'form'] }))
      a.caveats?.forEach((c, k) => add('forms', c.forms, ['wegweiser', 'questions', i, 'answers', j, 'caveats', k, 'forms']))
    }),
  )
  add('forms', data.wegweiser?.landQuestion.requiresLaw, ['wegweiser', 'landQuestion', 'requiresLaw'])
  return refs
}

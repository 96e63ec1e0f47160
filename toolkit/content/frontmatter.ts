import { z } from 'zod'
import { isoDate, slug, sources } from './primitives'

/**
 * Frontmatter of a page. `kind` says what a page is: guide and reference pages state facts and
 * need sources; the home page, tool pages and meta pages (imprint, privacy) may have none.
 * The VitePress keys a page may set are listed so that a misspelt key is caught.
 */
export const frontmatter = z
  .strictObject({
    title: z.string().trim().min(1, 'must not be empty'),
    description: z.string().trim().min(20, 'must be a sentence of at least 20 characters').max(300, 'must be at most 300 characters'),
    updated: isoDate,
    kind: z.enum(['home', 'guide', 'reference', 'tool', 'meta']).default('guide'),
    sources: sources.default([]),
    tags: z.array(slug).default([]),
    // VitePress keys
    layout: z.enum(['doc', 'home', 'page']).optional(),
    hero: z.record(z.string(), z.unknown()).optional(),
    features: z.array(z.record(z.string(), z.unknown())).optional(),
    outline: z.union([z.literal(false), z.number(), z.tuple([z.number(), z.number()]), z.literal('deep')]).optional(),
    aside: z.boolean().optional(),
    sidebar: z.boolean().optional(),
    prev: z.union([z.literal(false), z.string(), z.strictObject({ text: z.string(), link: z.string() })]).optional(),
    next: z.union([z.literal(false), z.string(), z.strictObject({ text: z.string(), link: z.string() })]).optional(),
    pageClass: z.string().optional(),
    search: z.literal(false).optional(),
  })
  .superRefine((fm, ctx) => {
    if ((fm.kind === 'guide' || fm.kind === 'reference') && fm.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: `a ${fm.kind} page needs at least one source` })
    }
  })
export type Frontmatter = z.infer<typeof frontmatter>

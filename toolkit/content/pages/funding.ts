import type { Funding } from '../collections'
import { blocks, heading, link, list, pagePart, paragraphs, stacked, table, text } from './markdown'
import { describe, latest, pathOf, uniqueSources, type GeneratedPage, type PageContext } from './types'

const CONDITIONS = ['rate', 'maximum', 'minimumDuration', 'savingsProof'] as const

/** The overview with the filterable catalogue, and one page per programme with its conditions. */
export function fundingPages(ctx: PageContext): GeneratedPage[] {
  if (ctx.data.funding.length === 0) return []
  const byName = (a: Funding, b: Funding) => a.name[ctx.lang].localeCompare(b.name[ctx.lang], ctx.lang)
  return [fundingPage(ctx), ...[...ctx.data.funding].sort(byName).map((f) => programmePage(ctx, f))]
}

function fundingPage(ctx: PageContext): GeneratedPage {
  const { lang, t, data } = ctx
  const p = t.practice
  return {
    section: 'foerderung',
    slug: 'index',
    lang,
    frontmatter: {
      title: p.sections.funding,
      description: describe(p.fundingIntro),
      updated: latest(data.funding.map((f) => f.stand)),
      kind: 'reference',
      tags: ['foerderung'],
      sources: uniqueSources(data.funding.map((f) => f.sources.slice(0, 1))),
    },
    // The catalogue lists every programme at build time; its conditions are on the programme's page.
    content: blocks(heading(1, p.sections.funding), text(p.fundingIntro), `::: warning ${text(p.fundingCheckTitle)}\n${text(p.fundingCheck)}\n:::`, pagePart('FundingCatalogue')),
  }
}

function programmePage(ctx: PageContext, f: Funding): GeneratedPage {
  const { lang, t, data } = ctx
  const p = t.practice
  const landName = (code: string) => data.laws.find((l) => l.land === code)?.landName[lang] ?? code
  const areas = f.areas.map((id) => data.areas.find((a) => a.id === id)).filter((a) => a !== undefined)
  const rows: string[][] = [
    [text(p.level), text(`${p.levels[f.level]} – ${f.laender.length ? f.laender.map(landName).join(', ') : p.allLaender}`)],
    [text(p.provider), text(f.provider)],
    [text(p.areas), areas.length ? areas.map((a) => link(a.name[lang], pathOf(lang, 'aufgabenfelder', a.id))).join(', ') : text(p.anyArea)],
    ...CONDITIONS.flatMap((k) => (f.conditions[k] ? [[text(p[k]), text(f.conditions[k][lang])]] : [])),
  ]
  return {
    section: 'foerderung',
    slug: f.id,
    lang,
    frontmatter: { title: f.name[lang], description: describe(f.summary[lang]), updated: f.stand, kind: 'reference', tags: ['foerderung'], sources: f.sources },
    content: blocks(
      heading(1, f.name[lang]),
      `::: warning ${text(p.fundingCheckTitle)}\n${text(p.fundingCheck)}\n:::`,
      paragraphs(f.summary[lang]),
      stacked(table([text(p.field), text(p.meaning)], rows)),
      f.conditions.documents && heading(2, p.documents),
      f.conditions.documents && list(f.conditions.documents[lang]),
      link(p.programme, f.url),
      link(p.sections.funding, pathOf(lang, 'foerderung')),
    ),
  }
}

import { blocks, heading, text } from './markdown'
import { describe, latest, uniqueSources, type GeneratedPage, type PageContext } from './types'

export function fundingPages(ctx: PageContext): GeneratedPage[] {
  return ctx.data.funding.length === 0 ? [] : [fundingPage(ctx)]
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
    content: blocks(heading(1, p.sections.funding), text(p.fundingIntro), `::: warning\n${text(p.fundingCheck)}\n:::`, '<FundingCatalogue />'),
  }
}

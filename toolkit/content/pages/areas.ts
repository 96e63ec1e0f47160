import type { Area } from '../collections'
import { blocks, heading, link, list, text } from './markdown'
import { exampleList } from './examples'
import { describe, latest, pathOf, uniqueSources, type GeneratedPage, type PageContext } from './types'

function areaPage(ctx: PageContext, area: Area): GeneratedPage {
  const { lang, t, data } = ctx
  const r = t.reference
  const forms = area.forms.map((id) => data.forms.find((f) => f.id === id)).filter((f) => f !== undefined)
  const examples = data.examples.filter((e) => e.areas.includes(area.id))
  const content = blocks(
    heading(1, area.name[lang]),
    `> ${text(area.short[lang])}`,
    heading(2, r.area.shared),
    list(area.shared[lang]),
    heading(2, r.area.forms),
    forms.map((f) => `- ${link(f.name[lang], pathOf(lang, 'kooperationsformen', f.id))} – ${text(f.short[lang])}`).join('\n'),
    heading(2, r.area.benefits),
    list(area.benefits[lang]),
    heading(2, r.area.pitfalls),
    list(area.pitfalls[lang]),
    heading(2, r.area.prerequisites),
    list(area.prerequisites[lang]),
    examples.length > 0 && heading(2, t.practice.examples),
    examples.length > 0 && exampleList(ctx, examples),
    link(r.sections.areas, pathOf(lang, 'aufgabenfelder')),
  )
  return {
    section: 'aufgabenfelder',
    slug: area.id,
    lang,
    frontmatter: { title: area.name[lang], description: describe(area.short[lang]), updated: area.stand, kind: 'reference', tags: ['aufgabenfeld'], sources: area.sources },
    content,
  }
}

function overviewPage(ctx: PageContext): GeneratedPage {
  const { lang, t, data } = ctx
  const r = t.reference
  const areas = [...data.areas].sort((a, b) => a.order - b.order)
  const content = blocks(
    heading(1, r.sections.areas),
    text(r.intro.areas),
    ...areas.flatMap((a) => [heading(2, a.name[lang]), text(a.short[lang]), link(a.name[lang], pathOf(lang, 'aufgabenfelder', a.id))]),
  )
  return {
    section: 'aufgabenfelder',
    slug: 'index',
    lang,
    frontmatter: { title: r.sections.areas, description: describe(r.intro.areas), updated: latest(areas.map((a) => a.stand)), kind: 'reference', tags: ['aufgabenfeld'], sources: uniqueSources(areas.map((a) => a.sources.slice(0, 1))) },
    content,
  }
}

export const areaPages = (ctx: PageContext): GeneratedPage[] => [overviewPage(ctx), ...[...ctx.data.areas].sort((a, b) => a.order - b.order).map((a) => areaPage(ctx, a))]

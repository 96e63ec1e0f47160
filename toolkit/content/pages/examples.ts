import type { Example } from '../collections'
import { blocks, heading, link, pagePart, paragraphs, stacked, table, text } from './markdown'
import { describe, latest, pathOf, uniqueSources, type GeneratedPage, type PageContext } from './types'

const byName = (lang: 'de' | 'en') => (a: Example, b: Example) => a.name[lang].localeCompare(b.name[lang], lang)

/** Markdown list of examples, for the pages of forms and task areas. */
export function exampleList(ctx: PageContext, examples: Example[]): string {
  return [...examples]
    .sort(byName(ctx.lang))
    .map((e) => `- ${link(e.name[ctx.lang], pathOf(ctx.lang, 'beispiele', e.id))} (${e.laender.map((l) => text(ctx.data.laws.find((x) => x.land === l)?.landName[ctx.lang] ?? l)).join(', ')}, ${e.startYear})`)
    .join('\n')
}

function examplePage(ctx: PageContext, e: Example): GeneratedPage {
  const { lang, t, data } = ctx
  const p = t.practice
  const form = data.forms.find((f) => f.id === e.form)
  const areas = e.areas.map((id) => data.areas.find((a) => a.id === id)).filter((a) => a !== undefined)
  const laws = e.laender.map((l) => data.laws.find((x) => x.land === l)).filter((l) => l !== undefined)
  const content = blocks(
    heading(1, e.name[lang]),
    stacked(
      table(
        [text(p.field), text(p.meaning)],
        [
          [text(p.partners), text(e.partners.join(', '))],
          [text(p.partnerCount), String(e.partnerCount)],
          [text(p.laender), laws.map((l) => link(l.landName[lang], pathOf(lang, 'landesrecht', l.id))).join(', ')],
          [text(p.areas), areas.map((a) => link(a.name[lang], pathOf(lang, 'aufgabenfelder', a.id))).join(', ')],
          [text(p.form), form ? link(form.name[lang], pathOf(lang, 'kooperationsformen', form.id)) : text(e.form)],
          [text(p.startYear), String(e.startYear)],
          ...(e.website ? [[text(p.website), link(e.website.replace(/^https?:\/\//, '').replace(/\/$/, ''), e.website)]] : []),
        ],
      ),
    ),
    paragraphs(e.description[lang]),
    heading(2, p.achievements),
    paragraphs(e.achievements[lang]),
    link(p.allExamples, pathOf(lang, 'beispiele')),
  )
  return {
    section: 'beispiele',
    slug: e.id,
    lang,
    frontmatter: { title: e.name[lang], description: describe(e.description[lang]), updated: e.stand, kind: 'reference', tags: ['praxisbeispiel'], sources: e.sources },
    content,
  }
}

function cataloguePage(ctx: PageContext): GeneratedPage {
  const { lang, t, data } = ctx
  const p = t.practice
  return {
    section: 'beispiele',
    slug: 'index',
    lang,
    frontmatter: {
      title: p.sections.examples,
      description: describe(p.examplesIntro),
      updated: latest(data.examples.map((e) => e.stand)),
      kind: 'reference',
      tags: ['praxisbeispiel'],
      sources: uniqueSources(data.examples.map((e) => e.sources.slice(0, 1))),
    },
    // The catalogue renders every example at build time; filters work once scripts run.
    content: blocks(heading(1, p.sections.examples), text(p.examplesIntro), pagePart('ExampleCatalogue')),
  }
}

export const examplePages = (ctx: PageContext): GeneratedPage[] =>
  ctx.data.examples.length === 0 ? [] : [cataloguePage(ctx), ...[...ctx.data.examples].sort(byName(ctx.lang)).map((e) => examplePage(ctx, e))]

import type { Form } from '../collections'
import { blocks, heading, link, list, pagePart, paragraphs, stacked, table, text } from './markdown'
import { exampleList } from './examples'
import { describe, latest, pathOf, uniqueSources, type GeneratedPage, type PageContext } from './types'

export const CRITERIA = ['legalPersonality', 'staff', 'bodies', 'liability', 'financing', 'procurement', 'vat', 'dataProtection', 'setupEffort', 'flexibility', 'exit'] as const

const categoryKey = { informal: 'informal', 'public-law': 'publicLaw', 'private-law': 'privateLaw', organisational: 'organisational' } as const

const byOrder = <T extends { order: number }>(items: T[]) => [...items].sort((a, b) => a.order - b.order)

/** The short value of a criterion, with the level where there is one. */
function summary(ctx: PageContext, form: Form, key: (typeof CRITERIA)[number]): string {
  const c = form[key]
  const level = 'level' in c ? `**${text(ctx.t.reference.levels[c.level])}** – ` : ''
  return level + text(c.summary[ctx.lang])
}

function formPage(ctx: PageContext, form: Form): GeneratedPage {
  const { lang, t, data } = ctx
  const r = t.reference
  const provisions = data.laws.flatMap((law) => law.provisions.filter((p) => p.form === form.id).map((p) => ({ law, p })))
  const without = data.laws.filter((law) => !law.provisions.some((p) => p.form === form.id) && law.kind === 'flaechenland').map((l) => l.landName[lang])
  const areas = byOrder(data.areas.filter((a) => form.areas.includes(a.id)))
  const related = byOrder(data.forms.filter((f) => form.related.includes(f.id)))
  const terms = data.glossary.filter((g) => g.form === form.id)
  const examples = data.examples.filter((e) => e.form === form.id)

  const content = blocks(
    heading(1, form.name[lang]),
    `**${text(r.form.category)}:** ${text(r.categories[categoryKey[form.category]])}`,
    `> ${text(form.short[lang])}`,
    paragraphs(form.description[lang]),
    heading(2, r.form.fitsWhen),
    list(form.fitsWhen[lang]),
    heading(2, r.form.fitsNot),
    list(form.fitsNot[lang]),
    heading(2, r.form.overview),
    stacked(
      table(
        [text(r.form.criterion), text(r.form.inShort)],
        CRITERIA.map((k) => [text(r.criteria[k]), summary(ctx, form, k)]),
      ),
    ),
    heading(2, r.form.details),
    ...CRITERIA.flatMap((k) => [heading(3, r.criteria[k]), paragraphs(form[k].detail[lang])]),
    heading(2, r.form.byLand),
    text(r.form.byLandIntro),
    provisions.length > 0 &&
      stacked(table(
        [text(r.form.land), text(r.form.provision), text(r.form.note)],
        provisions.map(({ law, p }) => [link(law.landName[lang], pathOf(lang, 'landesrecht', law.id)), text(p.section), p.note ? text(p.note[lang]) : '–']),
      )),
    without.length > 0 && text(r.form.notProvided.replace('{lands}', without.join(', '))),
    areas.length > 0 && heading(2, r.form.areas),
    areas.length > 0 && areas.map((a) => `- ${link(a.name[lang], pathOf(lang, 'aufgabenfelder', a.id))}`).join('\n'),
    related.length > 0 && heading(2, r.form.related),
    related.length > 0 && related.map((f) => `- ${link(f.name[lang], pathOf(lang, 'kooperationsformen', f.id))} – ${text(f.short[lang])}`).join('\n'),
    examples.length > 0 && heading(2, t.practice.examples),
    examples.length > 0 && exampleList(ctx, examples),
    terms.length > 0 && heading(2, r.form.terms),
    terms.length > 0 && terms.map((g) => `- ${link(g.term, `${pathOf(lang, 'glossar')}#${g.id}`)}`).join('\n'),
    `${link(r.form.all, pathOf(lang, 'kooperationsformen'))} · ${link(r.form.compare, pathOf(lang, 'kooperationsformen', 'vergleich'))}`,
  )
  return {
    section: 'kooperationsformen',
    slug: form.id,
    lang,
    frontmatter: { title: form.name[lang], description: describe(form.short[lang]), updated: form.stand, kind: 'reference', tags: ['kooperationsform', form.category], sources: form.sources },
    content,
  }
}

function overviewPage(ctx: PageContext): GeneratedPage {
  const { lang, t, data } = ctx
  const r = t.reference
  const forms = byOrder(data.forms)
  const content = blocks(
    heading(1, r.sections.forms),
    text(r.intro.forms),
    ...forms.flatMap((f) => [heading(2, f.name[lang]), `*${text(r.categories[categoryKey[f.category]])}* – ${text(f.short[lang])}`, link(f.name[lang], pathOf(lang, 'kooperationsformen', f.id))]),
    heading(2, r.sections.comparison),
    text(r.intro.comparison),
    link(r.form.compare, pathOf(lang, 'kooperationsformen', 'vergleich')),
  )
  return {
    section: 'kooperationsformen',
    slug: 'index',
    lang,
    frontmatter: { title: r.sections.forms, description: describe(r.intro.forms), updated: latest(forms.map((f) => f.stand)), kind: 'reference', tags: ['kooperationsform'], sources: uniqueSources(forms.map((f) => f.sources)).slice(0, 12) },
    content,
  }
}

/**
 * The comparison: on screen one short table per criterion (two columns, readable on a phone);
 * in print one matrix of all forms and criteria.
 */
function comparisonPage(ctx: PageContext): GeneratedPage {
  const { lang, t, data } = ctx
  const r = t.reference
  const forms = byOrder(data.forms)
  const formLink = (f: Form) => link(f.name[lang], pathOf(lang, 'kooperationsformen', f.id))
  const content = blocks(
    heading(1, r.sections.comparison),
    text(r.intro.comparison),
    pagePart('PrintButton'),
    `<div class="ikz-screen-only">`,
    ...CRITERIA.flatMap((k) => [heading(2, r.criteria[k]), stacked(table([text(r.sections.forms), text(r.criteria[k])], forms.map((f) => [formLink(f), summary(ctx, f, k)])))]),
    `</div>`,
    `<div class="ikz-print-only ikz-matrix">`,
    table([text(r.form.criterion), ...forms.map((f) => text(f.name[lang]))], CRITERIA.map((k) => [text(r.criteria[k]), ...forms.map((f) => summary(ctx, f, k))])),
    `</div>`,
  )
  return {
    section: 'kooperationsformen',
    slug: 'vergleich',
    lang,
    frontmatter: { title: r.sections.comparison, description: describe(r.intro.comparison), updated: latest(forms.map((f) => f.stand)), kind: 'reference', tags: ['kooperationsform', 'vergleich'], sources: uniqueSources(forms.map((f) => f.sources)).slice(0, 12) },
    content,
  }
}

export const formPages = (ctx: PageContext): GeneratedPage[] => [overviewPage(ctx), comparisonPage(ctx), ...byOrder(ctx.data.forms).map((f) => formPage(ctx, f))]

import type { Law } from '../collections'
import { blocks, heading, link, list, paragraphs, stacked, table, text } from './markdown'
import { describe, latest, pathOf, uniqueSources, type GeneratedPage, type PageContext } from './types'

const byName = (lang: 'de' | 'en') => (a: Law, b: Law) => a.landName[lang].localeCompare(b.landName[lang], lang)

function lawTitle(ctx: PageContext, law: Law): string {
  return law.act ? `${law.landName[ctx.lang]}: ${ctx.lang === 'de' ? law.act.name : law.act.nameEn} (${law.act.abbreviation})` : law.landName[ctx.lang]
}

function lawPage(ctx: PageContext, law: Law): GeneratedPage {
  const { lang, t, data } = ctx
  const r = t.reference
  const formName = (id: string) => data.forms.find((f) => f.id === id)?.name[lang] ?? id
  const formsWithout = law.forms.filter((id) => !law.provisions.some((p) => p.form === id))
  const content = blocks(
    heading(1, lawTitle(ctx, law)),
    law.act &&
      table(
        [text(r.law.act), text(r.law.abbreviation)],
        [[`${text(law.act.name)}${lang === 'en' ? ` (${text(law.act.nameEn)})` : ''} – ${link(r.law.officialText, law.act.url)}`, text(law.act.abbreviation)]],
      ),
    paragraphs(law.summary[lang]),
    heading(2, r.law.forms),
    law.provisions.length + law.forms.length === 0 && text(r.law.noForms),
    law.provisions.length > 0 &&
      stacked(
        table(
          [text(r.sections.forms), text(r.form.provision), text(r.form.note)],
          law.provisions.map((p) => [link(formName(p.form), pathOf(lang, 'kooperationsformen', p.form)), text(p.section), p.note ? text(p.note[lang]) : '–']),
        ),
      ),
    formsWithout.length > 0 && formsWithout.map((id) => `- ${link(formName(id), pathOf(lang, 'kooperationsformen', id))}`).join('\n'),
    heading(2, r.law.particularities),
    list(law.particularities[lang]),
    link(r.sections.laws, pathOf(lang, 'landesrecht')),
  )
  return {
    section: 'landesrecht',
    slug: law.id,
    lang,
    navTitle: law.landName[lang],
    frontmatter: { title: lawTitle(ctx, law), description: describe(law.summary[lang]), updated: law.stand, kind: 'reference', tags: ['landesrecht', law.id], sources: law.sources },
    content,
  }
}

function overviewPage(ctx: PageContext): GeneratedPage {
  const { lang, t, data } = ctx
  const r = t.reference
  const flaeche = data.laws.filter((l) => l.kind === 'flaechenland').sort(byName(lang))
  const city = data.laws.filter((l) => l.kind === 'stadtstaat').sort(byName(lang))
  const formName = (id: string) => data.forms.find((f) => f.id === id)?.name[lang] ?? id
  const forms = [...data.forms].sort((a, b) => a.order - b.order)
  const row = (l: Law) => [
    link(l.landName[lang], pathOf(lang, 'landesrecht', l.id)),
    l.act ? text(l.act.abbreviation) : '–',
    l.forms.length ? l.forms.map((id) => text(formName(id))).join(', ') : '–',
  ]
  const content = blocks(
    heading(1, r.sections.laws),
    text(r.intro.laws),
    heading(2, r.law.flaechenlaender),
    stacked(table([text(r.form.land), text(r.law.act), text(r.law.forms)], flaeche.map(row))),
    heading(2, r.law.cityStates),
    ...city.map((l) => `**${link(l.landName[lang], pathOf(lang, 'landesrecht', l.id))}:** ${text(l.summary[lang].split(/\n\s*\n/)[0] ?? '')}`),
    heading(2, r.law.formsByLand),
    stacked(table(
      [text(r.sections.forms), text(r.law.landsWithForm)],
      forms.map((f) => {
        const lands = data.laws.filter((l) => l.forms.includes(f.id)).sort(byName(lang))
        return [link(f.name[lang], pathOf(lang, 'kooperationsformen', f.id)), lands.length ? lands.map((l) => link(l.landName[lang], pathOf(lang, 'landesrecht', l.id))).join(', ') : '–']
      }),
    )),
  )
  return {
    section: 'landesrecht',
    slug: 'index',
    lang,
    frontmatter: { title: r.sections.laws, description: describe(r.intro.laws), updated: latest(data.laws.map((l) => l.stand)), kind: 'reference', tags: ['landesrecht'], sources: uniqueSources(data.laws.map((l) => l.sources.slice(0, 1))) },
    content,
  }
}

export const lawPages = (ctx: PageContext): GeneratedPage[] => [overviewPage(ctx), ...[...ctx.data.laws].sort(byName(ctx.lang)).map((l) => lawPage(ctx, l))]

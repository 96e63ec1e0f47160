import type { GlossaryTerm } from '../collections'
import { blocks, heading, link, text } from './markdown'
import { describe, latest, pathOf, uniqueSources, type GeneratedPage, type PageContext } from './types'

/** The letter a term is filed under: umlauts with their base letter, § and digits under "#". */
export function letterOf(term: string): string {
  const first = term.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase()
  return /[A-Z]/.test(first) ? first : '#'
}

const sourceLinks = (g: GlossaryTerm) =>
  g.sources.map((s) => (s.url ? link(s.citation ?? s.title, s.url) : text(s.citation ?? s.title))).join('; ')

export function glossaryPage(ctx: PageContext): GeneratedPage {
  const { lang, t, data } = ctx
  const r = t.reference
  const terms = [...data.glossary].sort((a, b) => a.term.localeCompare(b.term, 'de'))
  const letters = [...new Set(terms.map((g) => letterOf(g.term)))]
  const anchor = (l: string) => (l === '#' ? 'zeichen' : l.toLowerCase())
  const entry = (g: GlossaryTerm) => {
    const related = g.related.map((id) => terms.find((x) => x.id === id)).filter((x) => x !== undefined)
    const form = g.form ? data.forms.find((f) => f.id === g.form) : undefined
    return [
      heading(3, lang === 'de' ? g.term : `${g.term} – ${g.english}`, g.id),
      lang === 'de' ? `*${text(r.glossary.english)}: ${text(g.english)}*` : '',
      text(g.definition[lang]),
      [
        related.length ? `${text(r.glossary.related)}: ${related.map((x) => link(x.term, `#${x.id}`)).join(', ')}` : '',
        form ? `${text(r.glossary.form)}: ${link(form.name[lang], pathOf(lang, 'kooperationsformen', form.id))}` : '',
        `${text(r.glossary.sources)}: ${sourceLinks(g)}`,
      ]
        .filter(Boolean)
        .join('<br>\n'),
    ]
  }
  const content = blocks(
    heading(1, r.sections.glossary),
    text(r.intro.glossary),
    `${text(r.glossary.letters)}: ${letters.map((l) => `[${l}](#${anchor(l)})`).join(' · ')}`,
    ...letters.flatMap((l) => [heading(2, l, anchor(l)), ...terms.filter((g) => letterOf(g.term) === l).flatMap(entry)]),
  )
  return {
    section: 'glossar',
    slug: 'index',
    lang,
    frontmatter: { title: r.sections.glossary, description: describe(r.intro.glossary), updated: latest(terms.map((g) => g.stand)), kind: 'reference', tags: ['glossar'], sources: uniqueSources(terms.map((g) => g.sources)) },
    content,
  }
}

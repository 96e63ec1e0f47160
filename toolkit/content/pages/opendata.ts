import { FIELDS, PUBLISHED } from '../../opendata/fields'
import { blocks, heading, link, stacked, table, text } from './markdown'
import type { GeneratedPage, PageContext } from './types'

export function openDataPages(ctx: PageContext): GeneratedPage[] {
  return PUBLISHED.some((name) => ctx.data[name].length === 0) ? [] : [openDataPage(ctx)]
}

function openDataPage(ctx: PageContext): GeneratedPage {
  const { lang, t, data } = ctx
  const p = t.practice
  const content = blocks(
    heading(1, p.sections.data),
    text(p.dataIntro),
    stacked(
      table(
        [text(p.collection), text(p.records), text(p.download)],
        PUBLISHED.map((name) => [text(FIELDS[name].title[lang]), String(data[name].length), `${link('JSON', `/daten/${name}.json`)} · ${link('CSV', `/daten/${name}.csv`)}`]),
      ),
    ),
    heading(2, p.format),
    text(p.sourcesText),
    ...PUBLISHED.flatMap((name) => [
      heading(3, FIELDS[name].title[lang], `felder-${name}`),
      stacked(table([text(p.field), text(p.meaning)], Object.entries(FIELDS[name].fields).map(([field, meaning]) => [`\`${field}\``, text(meaning[lang])]))),
    ]),
    heading(2, p.licence),
    text(p.licenceText),
  )
  const dates = PUBLISHED.flatMap((name) => data[name].map((r) => r.stand))
  return {
    section: 'daten',
    slug: 'index',
    lang,
    frontmatter: {
      title: p.sections.data,
      description: p.dataIntro.slice(0, 200),
      updated: dates.reduce((a, b) => (a > b ? a : b)),
      kind: 'reference',
      tags: ['offene-daten'],
      sources: [{ title: p.licenceTitle, url: p.licenceUrl }],
    },
    content,
  }
}

import { createMarkdownRenderer } from 'vitepress'
import { describe, expect, it } from 'vitest'
import { glossaryTermsPlugin } from '../../../docs/.vitepress/markdown/glossary-terms'
import type { GlossaryTerm } from '../../../toolkit/content/collections'

const term = (id: string, name: string, de: string): GlossaryTerm => ({
  id,
  term: name,
  english: name,
  definition: { de, en: `EN ${de}` },
  related: [],
  stand: '2026-11-23',
  sources: [{ title: 'x', citation: 'x' }],
})

const terms = [term('zweckverband', 'Zweckverband', 'Körperschaft "mit" <Aufgaben>'), term('verband', 'Verband', 'Oberbegriff'), term('amt', 'Amt', 'Zu kurz')]

async function render(src: string, relativePath = 'grundlagen/a.md') {
  const md = await createMarkdownRenderer(process.cwd())
  md.use(glossaryTermsPlugin, terms)
  return md.render(src, { relativePath, frontmatter: {} })
}

describe('first use of glossary terms', () => {
  it('marks only the first use, with an escaped definition in the page language', async () => {
    const html = await render('Der Zweckverband und der Zweckverband.')
    expect(html.match(/<GlossaryTerm/g)).toHaveLength(1)
    expect(html).toContain('<GlossaryTerm term-id="zweckverband" definition="Körperschaft &quot;mit&quot; &lt;Aufgaben&gt;">Zweckverband</GlossaryTerm> und der Zweckverband.')
    expect(await render('Der Zweckverband.', 'en/grundlagen/a.md')).toContain('definition="EN Körperschaft')
  })
  it('prefers the longest term and matches inflected forms', async () => {
    const html = await render('Satzung des Zweckverbandes; ein Verband.')
    expect(html).toContain('term-id="zweckverband"')
    expect(html).toContain('>Zweckverbandes</GlossaryTerm>')
    expect(html).toContain('>Verband</GlossaryTerm>')
  })
  it('leaves headings, links, code, short terms and the glossary page alone', async () => {
    expect(await render('# Zweckverband\n\n[Zweckverband](/x) `Zweckverband` im Amt')).not.toContain('<GlossaryTerm')
    expect(await render('Der Zweckverband.', 'glossar/index.md')).not.toContain('<GlossaryTerm')
  })
})

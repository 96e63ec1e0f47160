import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { compileTemplate } from 'vue/compiler-sfc'
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

/** A fresh renderer each time: VitePress keeps one and would otherwise add the plugin again. */
async function renderer(options: { terms: GlossaryTerm[]; base: string }) {
  disposeMdItInstance()
  const md = await createMarkdownRenderer(process.cwd())
  md.use(glossaryTermsPlugin, options)
  return md
}

async function render(src: string, relativePath = 'grundlagen/a.md', base = '/') {
  const md = await renderer({ terms, base })
  return md.render(src, { relativePath, frontmatter: {} })
}

describe('first use of glossary terms', () => {
  it('marks only the first use, with an escaped definition in the page language', async () => {
    const html = await render('Der Zweckverband und der Zweckverband.')
    expect(html.match(/class="ikz-term"/g)).toHaveLength(1)
    expect(html).toContain(
      '<span class="ikz-term"><a href="/glossar/#zweckverband" aria-describedby="ikz-term-zweckverband">Zweckverband</a>' +
        '<span id="ikz-term-zweckverband" class="ikz-term-tip">Körperschaft &quot;mit&quot; &lt;Aufgaben&gt;</span></span> und der Zweckverband.',
    )
    const en = await render('Der Zweckverband.', 'en/grundlagen/a.md')
    expect(en).toContain('href="/en/glossar/#zweckverband"')
    expect(en).toContain('>EN Körperschaft')
  })
  it('links to the glossary under the site\'s sub-path', async () => {
    expect(await render('Der Zweckverband.', 'grundlagen/a.md', '/intranet/ikz/')).toContain('href="/intranet/ikz/glossar/#zweckverband"')
  })
  it('writes braces in a definition as entities, so Vue never reads them as an interpolation', async () => {
    const md = await renderer({ terms: [term('verband', 'Verband', 'Mit {{ x }} darin')], base: '/' })
    const html = md.render('Ein Verband.', { relativePath: 'a.md', frontmatter: {} })
    expect(html).toContain('Mit &#123;&#123; x &#125;&#125; darin')
    expect(html).not.toContain('{{')
  })
  it('prefers the longest term and matches inflected forms', async () => {
    const html = await render('Satzung des Zweckverbandes; ein Verband.')
    expect(html).toContain('href="/glossar/#zweckverband"')
    expect(html).toContain('>Zweckverbandes</a>')
    expect(html).toContain('>Verband</a>')
  })
  it('leaves headings, links, code, short terms and the glossary page alone', async () => {
    expect(await render('# Zweckverband\n\n[Zweckverband](/x) `Zweckverband` im Amt')).not.toContain('ikz-term')
    expect(await render('Der Zweckverband.', 'glossar/index.md')).not.toContain('ikz-term')
  })
  it('keeps a page static, so VitePress can leave its text out of the page script', async () => {
    // Vue turns a long run of plain HTML into one static string; an unknown attribute
    // (such as `role`) or a component in the run would keep the text in the page's JavaScript.
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Absatz ${i} über den Zweckverband und den Verband.`).join('\n\n')
    const html = await render(`# Titel\n\n${paragraphs}`)
    expect(html).toContain('class="ikz-term"')
    const { code, errors } = compileTemplate({ source: `<div>${html}</div>`, id: 'page', filename: 'page.md', compilerOptions: { hoistStatic: true } })
    expect(errors).toEqual([])
    expect(code).toContain('createStaticVNode')
    expect(code).not.toMatch(/createElementVNode\("span"/)
  })
})

import { describe, expect, it } from 'vitest'
import { checkPages, resolveLink } from '../../../toolkit/content/page-check'
import { slugify } from '../../../toolkit/content/slugify'

describe('resolveLink', () => {
  it.each([
    ['grundlagen/was-ist-ikz', '/kooperationsformen/zweckverband', { route: 'kooperationsformen/zweckverband', anchor: undefined }],
    ['grundlagen/was-ist-ikz', '../betrieb/', { route: 'betrieb/index', anchor: undefined }],
    ['grundlagen/was-ist-ikz', './prozess.md#schritt-2', { route: 'grundlagen/prozess', anchor: 'schritt-2' }],
    ['en/grundlagen/index', '/en/', { route: 'en/index', anchor: undefined }],
    ['index', '/grundlagen/was-ist-ikz.html', { route: 'grundlagen/was-ist-ikz', anchor: undefined }],
    ['index', '#oben', { route: 'index', anchor: 'oben' }],
    ['index', '/glossar?x=1', { route: 'glossar', anchor: undefined }],
    ['index', '#%C3%BCber', { route: 'index', anchor: 'über' }],
  ])('from %s, %s resolves', (from, url, expected) => {
    expect(resolveLink(from, url)).toEqual(expected)
  })

  it.each(['https://www.gesetze-im-internet.de/', 'mailto:a@example.org', 'tel:+49301234', '//cdn.example/x.js'])('leaves %s alone as external', (url) => {
    expect(resolveLink('index', url)).toBeUndefined()
  })
})

describe('slugify (heading anchors as VitePress makes them)', () => {
  it.each([
    ['Was ist interkommunale Zusammenarbeit?', 'was-ist-interkommunale-zusammenarbeit'],
    ['Über uns', 'uber-uns'],
    ['§ 108 GWB: Ausnahmen', '§-108-gwb-ausnahmen'],
    ['2. Analyse', '_2-analyse'],
    ['Kosten & Nutzen (Übersicht)', 'kosten-nutzen-ubersicht'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug)
  })
})

describe('checkPages', () => {
  const page = (route: string, body: string, fm = 'title: T\ndescription: A description of twenty characters.\nupdated: 2026-11-23\nkind: meta') => ({
    file: `docs/${route}.md`,
    route,
    source: `---\n${fm}\n---\n\n${body}`,
  })

  it('resolves links to files in docs/public', () => {
    const pages = [page('a', '# A\n\n[CSV](/daten/formen.csv)'), page('en/a', '# A\n')]
    expect(checkPages(pages, { publicFiles: new Set(['daten/formen.csv']) })).toEqual([])
    expect(checkPages(pages, { publicFiles: new Set() })).toEqual([
      { file: 'docs/a.md', line: 10, field: 'link', message: 'link target "/daten/formen.csv" does not exist' },
    ])
  })

  it('knows anchors given with {#id} and id attributes in HTML', () => {
    const pages = [page('a', '# A\n\n## Lang {#kurz}\n\n<div id="box"></div>\n\n[1](#kurz) [2](#box) [3](#lang)'), page('en/a', '# A\n')]
    expect(checkPages(pages, { publicFiles: new Set() }).map((p) => p.message)).toEqual(['anchor "#lang" does not exist in docs/a.md'])
  })

  it('asks for a title on every container, which VitePress would otherwise label in English', () => {
    const pages = [page('a', '# A\n\n::: warning\nText\n:::\n\n::: tip Tipp\nText\n:::'), page('en/a', '# A\n')]
    expect(checkPages(pages, { publicFiles: new Set() })).toEqual([
      { file: 'docs/a.md', line: 10, field: 'container', message: 'container has no title; give it one in the language of the page (::: warning Hinweis)' },
    ])
  })
})

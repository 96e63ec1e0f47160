import type { MarkdownRenderer } from 'vitepress'
import type { Lang, Source } from '../../../toolkit/content/primitives'
import { langOfPage } from './permalink'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

/** Escapes for HTML in a Vue template: braces too, so no text is read as an interpolation. */
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;')

export interface PageSourcesStrings {
  heading: string
  legalNote: string
  notLegalAdvice: string
}

export interface PageSourcesOptions {
  strings: Record<Lang, PageSourcesStrings>
  /** Frontmatter of pages generated from data, by relative path: it reaches a page only after rendering. */
  generated: ReadonlyMap<string, { kind?: string; sources?: Source[] }>
}

/** The sources of a page and, on guides and reference pages, the note that it is not legal advice. */
export function sourcesHtml(sources: readonly Source[], factual: boolean, t: PageSourcesStrings): string {
  if (!sources.length && !factual) return ''
  const items = sources.map((s) => {
    const title = s.url ? `<a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(s.title)}</a>` : `<span>${escapeHtml(s.title)}</span>`
    const citation = s.citation && s.citation !== s.title ? ` (${escapeHtml(s.citation)})` : ''
    const publisher = s.publisher ? `, ${escapeHtml(s.publisher)}` : ''
    return `<li>${title}${citation}${publisher}</li>`
  })
  const list = sources.length ? `<h2 id="ikz-sources-heading">${escapeHtml(t.heading)}</h2><ul>${items.join('')}</ul>` : ''
  const note = factual ? `<p class="ikz-legal-note"><strong>${escapeHtml(t.legalNote)}:</strong> ${escapeHtml(t.notLegalAdvice)}</p>` : ''
  const labelled = sources.length ? ' aria-labelledby="ikz-sources-heading"' : ''
  return `<section class="ikz-page-sources"${labelled}>${list}${note}</section>\n`
}

/**
 * Ends each page with its sources, written into the page's HTML at build time. As part of the
 * static content they cost the page's script nothing, and the sources need not travel in the
 * page data (configure.ts removes them there).
 */
export function pageSourcesPlugin(md: MarkdownRenderer, { strings, generated }: PageSourcesOptions): void {
  md.core.ruler.push('ikz_page_sources', (state) => {
    const env = state.env as { relativePath?: string; frontmatter?: { layout?: string; kind?: string; sources?: Source[] } }
    const path = env.relativePath ?? ''
    const fm = { ...env.frontmatter, ...generated.get(path) }
    if (fm.layout === 'home') return
    const html = sourcesHtml(fm.sources ?? [], ['guide', 'reference', undefined].includes(fm.kind), strings[langOfPage(path)])
    if (!html) return
    const token = new state.Token('html_block', '', 0) as Token
    token.content = html
    state.tokens.push(token)
  })
}

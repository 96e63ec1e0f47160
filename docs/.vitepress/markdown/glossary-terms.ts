import type { MarkdownRenderer } from 'vitepress'
import type { GlossaryTerm } from '../../../toolkit/content/collections'
import { langOfPage } from './permalink'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

/** Escapes for HTML in a Vue template: braces too, so a definition is never read as an interpolation. */
const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\{/g, '&#123;').replace(/\}/g, '&#125;')
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export interface GlossaryTermsOptions {
  terms: GlossaryTerm[]
  /** The site's base path (`/` or `/intranet/ikz/`), for the link to the glossary entry. */
  base: string
}

/**
 * Marks the first use of each glossary term on a page, so a reader can see its definition on
 * hover and focus, with a link to the glossary entry. Headings, links, code and the glossary
 * itself are left alone. German inflection endings (-s, -es, -e, -en, -n) are matched so
 * „des Zweckverbandes“ counts as a use of „Zweckverband“.
 *
 * The mark-up is plain HTML rather than a component, so a page stays static: VitePress then
 * leaves its text out of the page's script, and hydrating it costs next to nothing. Escape
 * hides a definition through one listener for the whole site (theme/glossary-tips.ts).
 */
export function glossaryTermsPlugin(md: MarkdownRenderer, { terms, base }: GlossaryTermsOptions): void {
  const candidates = [...terms]
    .filter((t) => t.term.length >= 4 && /^[\p{L}]/u.test(t.term))
    .sort((a, b) => b.term.length - a.term.length)
    .map((t) => ({ term: t, re: new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRe(t.term)}(?:es|s|e|en|n)?(?![\\p{L}\\p{N}-])`, 'u') }))

  md.core.ruler.push('ikz_glossary_terms', (state) => {
    const env = state.env as { relativePath?: string; frontmatter?: { layout?: string } }
    const path = env.relativePath ?? ''
    if (/(^|\/)glossar\//.test(path) || env.frontmatter?.layout === 'home') return
    const lang = langOfPage(path)
    const used = new Set<string>()
    for (let i = 0; i < state.tokens.length; i++) {
      const block = state.tokens[i] as Token
      if (block.type !== 'inline' || state.tokens[i - 1]?.type === 'heading_open' || !block.children) continue
      let linkDepth = 0
      const out: Token[] = []
      for (const child of block.children) {
        if (child.type === 'link_open') linkDepth++
        if (child.type === 'link_close') linkDepth--
        if (child.type !== 'text' || linkDepth > 0) {
          out.push(child)
          continue
        }
        out.push(...splitText(state, child, candidates, used, `${base}${lang === 'en' ? 'en/' : ''}glossar/`, lang))
      }
      block.children = out
    }
  })
}

function splitText(
  state: { Token: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token },
  token: Token,
  candidates: { term: GlossaryTerm; re: RegExp }[],
  used: Set<string>,
  glossaryPath: string,
  lang: 'de' | 'en',
): Token[] {
  let best: { term: GlossaryTerm; index: number; length: number } | undefined
  for (const c of candidates) {
    if (used.has(c.term.id)) continue
    const m = c.re.exec(token.content)
    if (m && (!best || m.index < best.index)) best = { term: c.term, index: m.index, length: m[0].length }
  }
  if (!best) return [token]
  used.add(best.term.id)
  const make = (type: string, content: string) => {
    const t = new state.Token(type, '', 0)
    t.content = content
    return t
  }
  const before = token.content.slice(0, best.index)
  const word = token.content.slice(best.index, best.index + best.length)
  const after = token.content.slice(best.index + best.length)
  // A term is marked once per page, so its id names its definition uniquely.
  const tipId = `ikz-term-${best.term.id}`
  const open = `<span class="ikz-term"><a href="${escapeHtml(glossaryPath)}#${best.term.id}" aria-describedby="${tipId}">`
  const close = `</a><span id="${tipId}" class="ikz-term-tip">${escapeHtml(best.term.definition[lang])}</span></span>`
  return [
    ...(before ? [make('text', before)] : []),
    make('html_inline', open),
    make('text', word),
    make('html_inline', close),
    ...(after ? splitText(state, make('text', after), candidates, used, glossaryPath, lang) : []),
  ]
}

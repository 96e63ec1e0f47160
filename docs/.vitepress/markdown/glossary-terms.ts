import type { MarkdownRenderer } from 'vitepress'
import type { GlossaryTerm } from '../../../toolkit/content/collections'
import { langOfPage } from './permalink'

type Token = ReturnType<MarkdownRenderer['parse']>[number]

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Marks the first use of each glossary term on a page, so a reader can see its definition
 * (GlossaryTerm shows it on hover and focus and links to the glossary). Headings, links, code
 * and the glossary itself are left alone. German inflection endings (-s, -es, -e, -en, -n) are
 * matched so „des Zweckverbandes“ counts as a use of „Zweckverband“.
 */
export function glossaryTermsPlugin(md: MarkdownRenderer, terms: GlossaryTerm[]): void {
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
        out.push(...splitText(state, child, candidates, used, lang))
      }
      block.children = out
    }
  })
}

function splitText(state: { Token: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token }, token: Token, candidates: { term: GlossaryTerm; re: RegExp }[], used: Set<string>, lang: 'de' | 'en'): Token[] {
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
  const open = `<GlossaryTerm term-id="${best.term.id}" definition="${escapeAttr(best.term.definition[lang])}">`
  return [
    ...(before ? [make('text', before)] : []),
    make('html_inline', open),
    make('text', word),
    make('html_inline', '</GlossaryTerm>'),
    ...(after ? splitText(state, make('text', after), candidates, used, lang) : []),
  ]
}

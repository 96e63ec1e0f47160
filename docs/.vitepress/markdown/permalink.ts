import type { MarkdownOptions } from 'vitepress'
import { format, uiFor } from '../../../toolkit/i18n'

type PermalinkGenerator = Extract<NonNullable<NonNullable<MarkdownOptions['anchor']>['permalink']>, (...args: never[]) => void>

/** German pages live at the root, English ones under en/. */
export const langOfPage = (relativePath: string | undefined) => (relativePath?.startsWith('en/') ? 'en' : 'de')

/**
 * The anchor link after each heading, as VitePress renders it, but with an accessible name in
 * the page's language that names the heading ("Direktlink zu „Haftung“").
 */
export const localisedPermalink: PermalinkGenerator = (slug, _opts, state, idx) => {
  const inline = state.tokens[idx + 1]
  if (!inline?.children) return
  const title = inline.children
    .filter((t) => t.type === 'text' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('')
    .trim()
  const label = format(uiFor(langOfPage((state.env as { relativePath?: string }).relativePath)).theme.permalink, { title })
  const space = new state.Token('text', '', 0)
  space.content = ' '
  const open = new state.Token('link_open', 'a', 1)
  open.attrs = [
    ['class', 'header-anchor'],
    ['href', `#${slug}`],
    ['aria-label', label],
  ]
  const symbol = new state.Token('html_inline', '', 0)
  symbol.content = '&ZeroWidthSpace;'
  symbol.meta = { isPermalinkSymbol: true }
  inline.children.push(space, open, symbol, new state.Token('link_close', 'a', -1))
}

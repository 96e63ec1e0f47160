/**
 * Building blocks for Markdown generated from data. Data text is authored, but it is still
 * escaped: the page is compiled as a Vue template, so `{{` would run as an expression and `<`
 * would start HTML. Paragraph breaks (blank lines) in data text are kept.
 */
const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '{': '&#123;',
  '}': '&#125;',
  '|': '&#124;',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '`': '\\`',
  '#': '&#35;',
}

/** Escapes text so that Markdown and Vue render it exactly as written. */
export const text = (s: string): string => s.replace(/[&<>{}|*_[\]`#]/g, (c) => escapes[c] as string).replace(/^(\s*)(\d+)\.(\s)/gm, '$1$2\\.$3').replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')

/** Text with blank-line paragraph breaks, as Markdown paragraphs. */
export const paragraphs = (s: string): string =>
  s
    .split(/\n\s*\n/)
    .map((p) => text(p.replace(/\s*\n\s*/g, ' ').trim()))
    .filter(Boolean)
    .join('\n\n')

export const list = (items: string[]): string => items.map((i) => `- ${text(i.replace(/\s*\n\s*/g, ' '))}`).join('\n')

/** A link whose label is escaped text; `href` is a site path such as /kooperationsformen/zweckverband. */
export const link = (label: string, href: string): string => `[${text(label)}](${href})`

export const heading = (level: number, title: string, anchor?: string): string => `${'#'.repeat(level)} ${text(title)}${anchor ? ` {#${anchor}}` : ''}`

/** A Markdown table; cells are already Markdown (escape text with `text`). */
export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

/** A table that turns into stacked cards on narrow screens (see .ikz-stack in the theme). */
export const stacked = (tableMarkdown: string): string => `<div class="ikz-stack">\n\n${tableMarkdown}\n\n</div>`

/** Joins blocks with blank lines, dropping empty ones. */
export const blocks = (...parts: (string | false | undefined)[]): string => parts.filter((p): p is string => Boolean(p && p.trim())).join('\n\n') + '\n'

/**
 * A component of the theme's page parts (docs/.vitepress/theme/page-parts.ts) with the import
 * that brings it into the page: only pages that show one load its code.
 */
export const pagePart = (name: 'ExampleCatalogue' | 'FundingCatalogue' | 'PrintButton'): string =>
  `<script setup>\nimport { ${name} } from '@theme/page-parts'\n</script>\n\n<${name} />`

import { splitPage } from './frontmatter-source'

/**
 * The number of words a reader reads on a page: the body without frontmatter, code blocks,
 * HTML tags, link targets and Markdown syntax.
 */
export function countWords(source: string): number {
  const split = splitPage(source)
  const body = split.ok ? split.body : source
  const prose = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{#[\w-]+\}/g, ' ')
    .replace(/^\s*(\||[-:| ]+$)/gm, ' ')
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

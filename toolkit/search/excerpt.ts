/** A piece of a search excerpt: plain text, marked when it matched the query. */
export interface ExcerptPart {
  text: string
  mark: boolean
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m
    }
    return entities[code.toLowerCase()] ?? m
  })
}

/**
 * Splits the search index's excerpt (escaped text with <mark> around hits) into parts that
 * the view renders as text, so no HTML from the index is ever inserted into the page.
 * Any other tag is dropped.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = []
  let mark = false
  for (const token of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(token)) mark = true
    else if (/^<\/mark>$/i.test(token)) mark = false
    else {
      const text = decodeEntities(token.replace(/<[^>]*>/g, ''))
      if (text) parts.push({ text, mark })
    }
  }
  return parts
}

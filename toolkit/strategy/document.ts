import { buildDocument, type Block, type DocModel } from './document-model'
import type { Workshop } from './schema'

/** Markdown and standalone HTML renderings of the document model. User text is escaped in both. */

const MD_SPECIAL = /[\\`*_{}[\]<>#|~]/g
/** Escapes what Markdown would read as markup; line breaks inside a cell or item become spaces. */
export const escapeMarkdown = (s: string) =>
  s
    .replace(MD_SPECIAL, '\\$&')
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/gm, '$1$2\\$3')
    .replace(/^(\s*)([-+=])(?=\s|$)/gm, '$1\\$2')
const mdInline = (s: string) => escapeMarkdown(s.replace(/\s*\r?\n\s*/g, ' '))
const mdParagraph = (s: string) => s.split(/\r?\n\s*\r?\n/).map((p) => mdInline(p)).join('\n\n')

function blockToMarkdown(b: Block): string {
  switch (b.kind) {
    case 'p':
      return b.note ? `*${mdParagraph(b.text)}*` : mdParagraph(b.text)
    case 'h3':
      return `### ${mdInline(b.text)}`
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${mdInline(item)}`).join('\n')
    case 'terms':
      return b.items.map((x) => `**${mdInline(x.term)}**${x.text.trim() ? `  \n${mdInline(x.text)}` : ''}`).join('\n\n')
    case 'table':
      return [`| ${b.header.map(mdInline).join(' | ')} |`, `| ${b.header.map(() => '---').join(' | ')} |`, ...b.rows.map((r) => `| ${r.map(mdInline).join(' | ')} |`)].join('\n')
  }
}

export function toMarkdown(doc: DocModel): string {
  const parts = [`# ${mdInline(doc.title)}`, `*${mdInline(doc.draft)}*`, doc.meta.map((m) => `**${mdInline(m.term)}:** ${mdInline(m.text)}`).join('  \n')]
  doc.sections.forEach((s, i) => {
    parts.push(`## ${i + 1}. ${mdInline(s.heading)}`)
    for (const b of s.blocks) parts.push(blockToMarkdown(b))
  })
  parts.push('---', `*${mdInline(doc.footer)}*`)
  return `${parts.join('\n\n')}\n`
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
const htmlText = (s: string) => escapeHtml(s).replace(/\r?\n/g, '<br>')

function blockToHtml(b: Block): string {
  switch (b.kind) {
    case 'p':
      return `<p${b.note ? ' class="note"' : ''}>${htmlText(b.text)}</p>`
    case 'h3':
      return `<h3>${escapeHtml(b.text)}</h3>`
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul'
      return `<${tag}>${b.items.map((x) => `<li>${htmlText(x)}</li>`).join('')}</${tag}>`
    }
    case 'terms':
      return `<dl>${b.items.map((x) => `<dt>${htmlText(x.term)}</dt><dd>${htmlText(x.text)}</dd>`).join('')}</dl>`
    case 'table':
      return `<table><thead><tr>${b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${htmlText(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
  }
}

/** Print rules shared by the HTML file: A4, headings kept with their text, rows not split. */
export const DOCUMENT_CSS = `@page{size:A4;margin:20mm 18mm}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:11pt;line-height:1.45;color:#111;max-width:48rem;margin:2rem auto;padding:0 1rem}
h1{font-size:20pt;margin:0 0 .25rem}h2{font-size:14pt;margin:1.5rem 0 .5rem;border-bottom:1px solid #999;break-after:avoid;page-break-after:avoid}
h3{font-size:12pt;margin:1rem 0 .25rem;break-after:avoid;page-break-after:avoid}
.draft,.note,footer{color:#444;font-style:italic}dl.meta{display:grid;grid-template-columns:fit-content(50%) minmax(0,1fr);gap:.25rem 1rem}dl.meta dd{margin:0}dl.meta>*{overflow-wrap:anywhere}
dt{font-weight:600}dd{margin:0 0 .5rem 0}table{border-collapse:collapse;width:100%;font-size:9.5pt}
th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
tr,li,dt,dd{break-inside:avoid;page-break-inside:avoid}thead{display:table-header-group}
@media print{body{margin:0;max-width:none;padding:0}}`

export function toHtml(doc: DocModel): string {
  const body = doc.sections.map((s, i) => `<section><h2>${i + 1}. ${escapeHtml(s.heading)}</h2>${s.blocks.map(blockToHtml).join('')}</section>`).join('\n')
  return `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${DOCUMENT_CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(doc.title)}</h1><p class="draft">${escapeHtml(doc.draft)}</p>
<dl class="meta">${doc.meta.map((m) => `<dt>${escapeHtml(m.term)}</dt><dd>${htmlText(m.text)}</dd>`).join('')}</dl></header>
<main>
${body}
</main>
<footer><p>${escapeHtml(doc.footer)}</p></footer>
</body>
</html>
`
}

/**
 * The whole document in both file formats. Pure and synchronous, so a benchmark can call it
 * with a large workshop (see `sampleWorkshop`).
 */
export function generateDocument(w: Workshop, lang: 'de' | 'en', today: string): { model: DocModel; markdown: string; html: string } {
  const model = buildDocument(w, lang, today)
  return { model, markdown: toMarkdown(model), html: toHtml(model) }
}

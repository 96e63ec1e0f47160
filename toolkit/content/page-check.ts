import type { Heading, Html, Image, Link, Root, Definition } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { frontmatter, type Frontmatter } from './frontmatter'
import { splitPage, type SplitResult } from './frontmatter-source'
import { problemsFromIssues } from './issues'
import type { Problem } from './problem'
import { slugify } from './slugify'

/** A page as the checker sees it: a Markdown file, or a page generated from data. */
export interface PageInput {
  /** The file reported in problems, relative to the project root (`docs/...md`). */
  file: string
  /** Route key: path below docs/ without `.md`, e.g. `en/grundlagen/was-ist-ikz`. */
  route: string
  /** The Markdown file as written, frontmatter included; for a generated page its body alone. */
  source: string
  /**
   * The frontmatter of a page generated from data, as VitePress receives it (an object in the
   * route's params, never YAML text); problems in it are reported at line 1.
   */
  frontmatter?: Record<string, unknown>
}

interface ParsedPage {
  input: PageInput
  frontmatter?: Frontmatter
  layout?: unknown
  bodyLine: number
  /** False when the frontmatter could not be read; its anchors are then unknown. */
  readable: boolean
  anchors: Set<string>
  links: { url: string; line: number }[]
}

const customAnchor = /\s*\{#([\w-]+)\}\s*$/
const parser = unified().use(remarkParse)

/** Line of a node in the whole file, given the line where the body starts. */
const lineOf = (node: { position?: { start: { line: number } } }, bodyLine: number) => (node.position?.start.line ?? 1) + bodyLine - 1

function parsePage(input: PageInput, problems: Problem[]): ParsedPage {
  const page: ParsedPage = { input, bodyLine: 1, readable: false, anchors: new Set(), links: [] }
  const split: SplitResult = input.frontmatter
    ? { ok: true, data: input.frontmatter, body: input.source, bodyLine: 1, locate: () => 1 }
    : splitPage(input.source)
  if (!split.ok) {
    problems.push({ file: input.file, line: split.line, field: 'frontmatter', message: split.message })
    return page
  }
  page.bodyLine = split.bodyLine
  page.readable = true
  page.layout = split.data.layout
  const fm = frontmatter.safeParse(split.data, { reportInput: true })
  if (fm.success) page.frontmatter = fm.data
  else problems.push(...problemsFromIssues(fm.error.issues, input.file, split.locate, 'frontmatter'))

  // VitePress labels a container without a title in English ("WARNING"), also on German pages.
  split.body.split('\n').forEach((line, i) => {
    if (/^:{3,}\s*(tip|info|warning|danger|details|note|important|caution)\s*$/.test(line))
      problems.push({ file: input.file, line: split.bodyLine + i, field: 'container', message: 'container has no title; give it one in the language of the page (::: warning Hinweis)' })
  })
  const tree = parser.parse(split.body) as Root
  const h1: Heading[] = []
  visit(tree, (node) => {
    switch (node.type) {
      case 'heading': {
        const heading = node as Heading
        if (heading.depth === 1) h1.push(heading)
        const text = toString(heading)
        const custom = customAnchor.exec(text)
        page.anchors.add(custom?.[1] ?? slugify(text))
        break
      }
      case 'link':
      case 'definition':
        page.links.push({ url: (node as Link | Definition).url, line: lineOf(node, page.bodyLine) })
        break
      case 'image':
        if (!(node as Image).alt?.trim())
          problems.push({ file: input.file, line: lineOf(node, page.bodyLine), field: 'image', message: `image "${(node as Image).url}" has no alt text` })
        break
      case 'html': {
        const html = (node as Html).value
        for (const m of html.matchAll(/\sid="([^"]+)"/g)) page.anchors.add(m[1] as string)
        for (const m of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) page.links.push({ url: m[1] as string, line: lineOf(node, page.bodyLine) })
        for (const m of html.matchAll(/<img\b[^>]*>/g))
          if (!/\salt="[^"]+"/.test(m[0])) problems.push({ file: input.file, line: lineOf(node, page.bodyLine), field: 'image', message: 'image has no alt text' })
        break
      }
    }
  })
  const isHome = page.layout === 'home'
  if (isHome && h1.length > 0) {
    problems.push({ file: input.file, line: lineOf(h1[0] as Heading, page.bodyLine), field: 'h1', message: 'a home page takes its h1 from the hero; remove the Markdown h1' })
  } else if (!isHome && h1.length === 0) {
    problems.push({ file: input.file, line: page.bodyLine, field: 'h1', message: 'page has no h1 heading' })
  } else if (h1.length > 1) {
    for (const extra of h1.slice(1))
      problems.push({ file: input.file, line: lineOf(extra, page.bodyLine), field: 'h1', message: `page has ${h1.length} h1 headings; exactly one is allowed` })
  }
  return page
}

/** Resolves a link relative to a route to a route key, or undefined for external links. */
export function resolveLink(fromRoute: string, url: string): { route: string; anchor?: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined
  const [pathPart = '', rawAnchor] = url.split('#', 2)
  const anchor = rawAnchor === undefined ? undefined : safeDecode(rawAnchor)
  if (pathPart === '') return { route: fromRoute, anchor }
  const baseDir = fromRoute.includes('/') ? fromRoute.slice(0, fromRoute.lastIndexOf('/') + 1) : ''
  const joined = pathPart.startsWith('/') ? pathPart.slice(1) : baseDir + pathPart
  const parts: string[] = []
  for (const seg of joined.split('/')) {
    if (seg === '..') parts.pop()
    else if (seg !== '.') parts.push(seg)
  }
  let route = parts.join('/').split('?')[0] as string
  if (route === '' || route.endsWith('/')) route += 'index'
  route = route.replace(/\.(md|html)$/, '')
  return { route, anchor }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

export interface PageCheckOptions {
  /** Files served as they are (docs/public), e.g. `data/forms.json`. */
  publicFiles: Set<string>
}

/** Checks frontmatter, headings, images, links, anchors and language counterparts of all pages. */
export function checkPages(pages: PageInput[], options: PageCheckOptions): Problem[] {
  const problems: Problem[] = []
  const parsed = new Map<string, ParsedPage>()
  for (const input of pages) parsed.set(input.route, parsePage(input, problems))

  for (const page of parsed.values()) {
    for (const link of page.links) {
      const target = resolveLink(page.input.route, link.url)
      if (!target) continue
      const targetPage = parsed.get(target.route)
      if (!targetPage) {
        const asFile = target.route.replace(/\/index$/, '')
        if (options.publicFiles.has(asFile) || options.publicFiles.has(link.url.replace(/^\//, '').split('#')[0] as string)) continue
        problems.push({ file: page.input.file, line: link.line, field: 'link', message: `link target "${link.url}" does not exist` })
      } else if (target.anchor && targetPage.readable && !targetPage.anchors.has(target.anchor)) {
        problems.push({ file: page.input.file, line: link.line, field: 'link', message: `anchor "#${target.anchor}" does not exist in ${targetPage.input.file}` })
      }
    }
    const route = page.input.route
    const counterpart = route.startsWith('en/') ? route.slice(3) : `en/${route}`
    if (!parsed.has(counterpart)) {
      const lang = route.startsWith('en/') ? 'German' : 'English'
      problems.push({ file: page.input.file, line: 1, message: `missing ${lang} counterpart docs/${counterpart}.md` })
    }
  }
  return problems
}

import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import matter from 'gray-matter'
import { parse } from 'yaml'
import type { DefaultTheme, LocaleSpecificConfig } from 'vitepress'
import type { SiteSettings } from '../../../toolkit/content/collections'
import type { Lang } from '../../../toolkit/content/primitives'
import { loadData } from '../../../toolkit/content/load-data'
import { pagesOf, pathOf, type ReferenceSection } from '../../../toolkit/content/pages'
import { PART_DIRS, TOOL_PAGES } from '../../../toolkit/content/visibility'
import { ui, type UiStrings } from '../../../toolkit/i18n'
import { layoutStrings } from '../../../toolkit/i18n/layout'
import { guideSections, type GuideSection } from '../sections'
import { repoRoot } from '../site-paths'

export interface LocaleContext {
  lang: Lang
  docsDir: string
  /** Which parts the operator shows in the navigation (data/site.json). */
  show: SiteSettings['show']
}

/** URL prefix of a language: German at the root, English under /en/. */
export const prefix = (lang: Lang) => (lang === 'de' ? '/' : '/en/')

/** The title of a page from its frontmatter, so that titles are written once. */
export function pageTitle(ctx: LocaleContext, path: string): string {
  const file = join(ctx.docsDir, ctx.lang === 'de' ? '' : 'en', `${path}.md`)
  if (!existsSync(file)) return path
  const fm = matter(readFileSync(file, 'utf8'), { engines: { yaml: (s: string) => (parse(s) ?? {}) as object } }).data as { title?: string }
  return fm.title ?? path
}

const KNOWLEDGE = PART_DIRS.reference
const PRACTICE = PART_DIRS.practice

const sectionLabel = (t: UiStrings, section: ReferenceSection): string =>
  ({
    kooperationsformen: t.reference.sections.forms,
    landesrecht: t.reference.sections.laws,
    aufgabenfelder: t.reference.sections.areas,
    glossar: t.reference.sections.glossary,
    beispiele: t.practice.sections.examples,
    foerderung: t.practice.sections.funding,
    daten: t.practice.sections.data,
  })[section]

/** The sidebar of the written guides, one group per section, in reading order. */
function guideSidebar(ctx: LocaleContext, t: UiStrings, sections: GuideSection[]): DefaultTheme.SidebarItem[] {
  return sections.map((section) => ({
    text: t.sidebar[section.key],
    items: section.pages.map((slug) => ({
      text: pageTitle(ctx, `${section.dir}/${slug}`),
      link: `${prefix(ctx.lang)}${section.dir}/${slug === 'index' ? '' : slug}`,
    })),
  }))
}

/** A sidebar of sections generated from data, one group per section. */
function dataSidebar(ctx: LocaleContext, t: UiStrings, sections: readonly ReferenceSection[]): DefaultTheme.SidebarItem[] {
  if (!existsSync(resolve(ctx.docsDir, 'kooperationsformen'))) return []
  const data = loadData(resolve(repoRoot, 'data'))
  return sections.map((section) => {
    const pages = pagesOf(data, ctx.lang, section)
    return {
      text: sectionLabel(t, section),
      items: pages.map((p) => ({ text: p.navTitle ?? p.frontmatter.title, link: pathOf(ctx.lang, section, p.slug) })),
    }
  })
}

/** The tools the operator shows (data/site.json `show.tools`), in a fixed order. */
export function toolLinks(ctx: LocaleContext): { text: string; link: string }[] {
  const t = ui[ctx.lang].tools
  const p = prefix(ctx.lang)
  return (Object.keys(TOOL_PAGES) as (keyof typeof TOOL_PAGES)[]).filter((key) => ctx.show.tools[key]).map((key) => ({ text: t[key], link: `${p}werkzeuge/${TOOL_PAGES[key]}` }))
}

export function sidebar(ctx: LocaleContext): DefaultTheme.SidebarMulti {
  const t = ui[ctx.lang]
  const p = prefix(ctx.lang)
  const guides = guideSidebar(ctx, t, guideSections)
  const reference = dataSidebar(ctx, t, KNOWLEDGE)
  const practice = dataSidebar(ctx, t, PRACTICE)
  const tools = toolLinks(ctx)
  const toolGroup = tools.length ? [{ text: t.tools.label, items: tools }] : []
  // On a tool's page its own group comes first; elsewhere in practice it follows the catalogues.
  const withTools = [...practice, ...toolGroup]
  const toolsFirst = [...toolGroup, ...practice]
  return Object.fromEntries([
    ...guideSections.map((s) => [`${p}${s.dir}/`, guides] as const),
    ...(reference.length ? KNOWLEDGE.map((s) => [`${p}${s}/`, reference] as const) : []),
    ...(withTools.length ? PRACTICE.map((s) => [`${p}${s}/`, withTools] as const) : []),
    ...(toolsFirst.length ? [[`${p}werkzeuge/`, toolsFirst] as const] : []),
  ])
}

export function nav(ctx: LocaleContext): DefaultTheme.NavItem[] {
  const t = ui[ctx.lang]
  const p = prefix(ctx.lang)
  const r = t.reference.sections
  const within = (dirs: readonly string[]) => `^${p}(${dirs.join('|')})/`
  const items: [Exclude<keyof SiteSettings['show'], 'tools'>, DefaultTheme.NavItem][] = [
    ['basics', { text: t.nav.basics, link: `${p}grundlagen/`, activeMatch: within(PART_DIRS.basics) }],
    ['process', { text: t.nav.process, link: `${p}prozess/`, activeMatch: within(PART_DIRS.process) }],
    ['methods', { text: t.nav.methods, link: `${p}methoden/`, activeMatch: within(PART_DIRS.methods) }],
    ['reference', {
      text: t.nav.reference,
      activeMatch: within(PART_DIRS.reference),
      items: [
        { text: r.forms, link: `${p}kooperationsformen/` },
        { text: r.comparison, link: `${p}kooperationsformen/vergleich` },
        { text: r.laws, link: `${p}landesrecht/` },
        { text: r.areas, link: `${p}aufgabenfelder/` },
        { text: r.glossary, link: `${p}glossar/` },
      ],
    }],
    ['practice', {
      text: t.nav.practice,
      activeMatch: within(PART_DIRS.practice),
      items: [
        { text: t.practice.sections.examples, link: `${p}beispiele/` },
        { text: t.practice.sections.funding, link: `${p}foerderung/` },
        { text: t.practice.sections.data, link: `${p}daten/` },
      ],
    }],
    ['faq', { text: t.nav.faq, link: `${p}faq/`, activeMatch: within(PART_DIRS.faq) }],
  ]
  const shown = items.filter(([key]) => ctx.show[key]).map(([, item]) => item)
  const tools = toolLinks(ctx)
  // The tools sit before the FAQ, the last item.
  if (tools.length) shown.splice(shown.length - (ctx.show.faq ? 1 : 0), 0, { text: t.tools.label, activeMatch: `^${p}werkzeuge/`, items: tools })
  return shown
}

/** Every label of the default theme, from the UI strings of the language. */
export function themeLabels(t: UiStrings): DefaultTheme.Config {
  return {
    outline: { level: [2, 3], label: t.theme.outline },
    docFooter: { prev: t.theme.prev, next: t.theme.next },
    lastUpdated: { text: t.theme.lastUpdated },
    darkModeSwitchLabel: t.theme.darkModeSwitch,
    lightModeSwitchTitle: t.theme.lightModeSwitchTitle,
    darkModeSwitchTitle: t.theme.darkModeSwitchTitle,
    sidebarMenuLabel: t.theme.sidebarMenu,
    returnToTopLabel: t.theme.returnToTop,
    langMenuLabel: t.theme.langMenu,
    skipToContentLabel: t.theme.skipToContent,
    notFound: { ...t.theme.notFound },
  }
}

export function localeConfig(ctx: LocaleContext, htmlLang: string): LocaleSpecificConfig<DefaultTheme.Config> & { label: string } {
  const t = ui[ctx.lang]
  return {
    label: t.language.label,
    lang: htmlLang,
    description: t.site.description,
    // The sidebar is added as a stub (configure.ts); the full one is a module per language
    // (locale-modules.ts), loaded when a page needs it.
    themeConfig: { ...themeLabels(t), nav: nav(ctx), ikzStrings: layoutStrings(t) } as DefaultTheme.Config,
  }
}

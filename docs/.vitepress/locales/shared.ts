import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import matter from 'gray-matter'
import { parse } from 'yaml'
import type { DefaultTheme, LocaleSpecificConfig } from 'vitepress'
import type { Lang } from '../../../toolkit/content/primitives'
import { ui, type UiStrings } from '../../../toolkit/i18n'
import { sections, type Section } from '../sections'

export interface LocaleContext {
  lang: Lang
  docsDir: string
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

export function sidebarOf(ctx: LocaleContext, section: Section, t: UiStrings): DefaultTheme.SidebarItem[] {
  return [
    {
      text: t.sidebar[section.key],
      items: section.pages.map((slug) => ({
        text: pageTitle(ctx, `${section.dir}/${slug}`),
        link: `${prefix(ctx.lang)}${section.dir}/${slug === 'index' ? '' : slug}`,
      })),
    },
  ]
}

export function sidebar(ctx: LocaleContext): DefaultTheme.SidebarMulti {
  const t = ui[ctx.lang]
  return Object.fromEntries(sections.map((s) => [`${prefix(ctx.lang)}${s.dir}/`, sidebarOf(ctx, s, t)]))
}

export function nav(ctx: LocaleContext): DefaultTheme.NavItem[] {
  const t = ui[ctx.lang]
  const p = prefix(ctx.lang)
  return [{ text: t.nav.basics, link: `${p}grundlagen/was-ist-ikz`, activeMatch: `^${p}grundlagen/` }]
}

/** Every label of the default theme, from the UI strings of the language. */
export function themeLabels(t: UiStrings): DefaultTheme.Config {
  return {
    outline: { level: [2, 3], label: t.theme.outline },
    docFooter: { prev: t.theme.prev, next: t.theme.next },
    lastUpdated: { text: t.theme.lastUpdated, formatOptions: { dateStyle: 'long', forceLocale: true } },
    darkModeSwitchLabel: t.theme.darkModeSwitch,
    lightModeSwitchTitle: t.theme.lightModeSwitchTitle,
    darkModeSwitchTitle: t.theme.darkModeSwitchTitle,
    sidebarMenuLabel: t.theme.sidebarMenu,
    returnToTopLabel: t.theme.returnToTop,
    langMenuLabel: t.theme.langMenu,
    skipToContentLabel: t.theme.skipToContent,
    notFound: { ...t.theme.notFound },
    footer: { message: t.site.notLegalAdvice, copyright: t.site.footer },
  }
}

export function localeConfig(ctx: LocaleContext, htmlLang: string): LocaleSpecificConfig<DefaultTheme.Config> & { label: string } {
  const t = ui[ctx.lang]
  return {
    label: t.language.label,
    lang: htmlLang,
    description: t.site.description,
    themeConfig: { ...themeLabels(t), nav: nav(ctx), sidebar: sidebar(ctx) },
  }
}

import { resolve } from 'node:path'
import { defineConfig, type DefaultTheme, type HeadConfig, type UserConfig } from 'vitepress'
import { readFileSync } from 'node:fs'
import { formatProblem } from '../../toolkit/content/problem'
import { longDate } from '../../toolkit/i18n/format'
import { checkUiStrings } from '../../toolkit/i18n/validate'
import { de } from './locales/de'
import { localisedPermalink } from './markdown/permalink'
import { glossaryTermsPlugin } from './markdown/glossary-terms'
import { pageSourcesPlugin } from './markdown/page-sources'
import { routeOfPage, type ReferenceData } from '../../toolkit/content/pages'
import { pagesFor, pathsFor } from './dynamic'
import { provideSectionPaths } from './route-registry'
import { pageRendered } from './rendered-pages'
import { ui } from '../../toolkit/i18n'
import { loadData } from '../../toolkit/content/load-data'
import { en } from './locales/en'
import { sidebar } from './locales/shared'
import { localeModules } from './locale-modules'
import { pageMapSplitter } from './page-maps'
import { prevNext, sidebarStub } from './page-order'
import { markCurrentSidebarEntry } from './sidebar-html'
import { themeParts } from './theme-parts'
import { partData } from './part-data'
import { normaliseBase, repoRoot } from './site-paths'
import { isHiddenPage } from '../../toolkit/content/visibility'

export interface SiteOptions {
  /** The folder with the pages (docs/). */
  docsDir: string
  /** Where the built site goes. */
  outDir: string
  /** URL path the site is served under, e.g. `/` or `/intranet/ikz/`. */
  base: string
}

export const defaultOptions = (): SiteOptions => ({
  docsDir: resolve(repoRoot, 'docs'),
  outDir: resolve(process.env.IKZ_OUT ?? resolve(repoRoot, 'dist')),
  base: normaliseBase(process.env.IKZ_BASE),
})

/** The VitePress configuration of the site; the fixture site of the build test uses it too. */
export function createConfig(options: SiteOptions = defaultOptions()): UserConfig<DefaultTheme.Config> {
  // A missing or misspelt UI string fails the build, also in `npm run dev`.
  const read = (lang: string) => readFileSync(resolve(repoRoot, `toolkit/i18n/${lang}.json`), 'utf8')
  const uiProblems = checkUiStrings({ de: read('de'), en: read('en') })
  if (uiProblems.length) throw new Error(`UI strings are invalid:\n${uiProblems.map(formatProblem).join('\n')}`)
  // The glossary of this site, for marking first uses of its terms (the fixture site has none).
  const dataDir = resolve(options.docsDir, '../data')
  const data = loadData(dataDir)
  const glossary = data.glossary ?? []
  // Frontmatter of the pages generated from data (the fixture site has no such data).
  const { forms, laws, areas, examples, funding } = data
  // The same data object as the route files use, so the generated pages are made once (dynamic.ts).
  const reference = forms && laws && areas && examples && funding ? (data as ReferenceData) : undefined
  const generatedFrontmatter = new Map(reference ? (['de', 'en'] as const).flatMap((lang) => pagesFor(reference, lang)).map((p) => [`${routeOfPage(p)}.md`, p.frontmatter]) : [])
  // The route files of the generated pages ask the configuration for their routes.
  provideSectionPaths((lang, section) => pathsFor(dataDir, lang, section))
  const sourceStrings = (lang: 'de' | 'en') => ({ heading: ui[lang].page.sources, legalNote: ui[lang].page.legalNote, notLegalAdvice: ui[lang].site.notLegalAdvice })
  const site = data.site
  const sidebars = {
    de: sidebar({ lang: 'de', docsDir: options.docsDir, show: site.show }),
    en: sidebar({ lang: 'en', docsDir: options.docsDir, show: site.show }),
  }
  const locales = { de: de(options.docsDir, site.show), en: en(options.docsDir, site.show) }
  // The site data carries a stub of each sidebar; the sidebar itself is a module per language.
  const withStub = (lang: 'de' | 'en') => ({ ...locales[lang], themeConfig: { ...locales[lang].themeConfig, sidebar: sidebarStub(sidebars[lang]) } })
  const pageMaps = pageMapSplitter()
  const parts = themeParts(repoRoot)
  const brandCss = [
    site.branding.accent && `:root{--vp-c-brand-1:${site.branding.accent};--vp-c-brand-3:${site.branding.accent}}`,
    site.branding.accentDark && `.dark{--vp-c-brand-1:${site.branding.accentDark}}`,
  ].filter(Boolean).join('')
  return defineConfig({
    title: site.name,
    lang: 'de',
    base: options.base,
    outDir: options.outDir,
    cleanUrls: false,
    metaChunk: true,
    lastUpdated: false,
    head: [
      ['link', { rel: 'icon', type: 'image/svg+xml', href: `${options.base}favicon.svg` }],
      ['meta', { name: 'theme-color', content: site.branding.accent ?? '#1a5a85' }],
      // The operator's accent colour (data/site.json); its contrast was checked with the data.
      ...(brandCss ? [['style', { id: 'ikz-brand' }, brandCss] as HeadConfig] : []),
    ],
    // Syntax colours with at least 4.5:1 contrast in both modes (WCAG 2.1 AA).
    markdown: {
      theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      anchor: { permalink: localisedPermalink },
      config(md) {
        if (glossary.length) md.use(glossaryTermsPlugin, { terms: glossary, base: options.base })
        md.use(pageSourcesPlugin, { strings: { de: sourceStrings('de'), en: sourceStrings('en') }, generated: generatedFrontmatter })
      },
    },
    locales: { root: withStub('de'), en: withStub('en') },
    // VueUse's dark-mode switch would otherwise force a style recalculation of the whole page
    // while it hydrates, to suppress transitions that a first load does not have.
    appearance: { disableTransition: false },
    vite: {
      resolve: { alias: parts.alias },
      plugins: [
        localeModules({ de: { theme: locales.de.themeConfig ?? {}, sidebar: sidebars.de }, en: { theme: locales.en.themeConfig ?? {}, sidebar: sidebars.en } }),
        parts.plugin,
        // The operator's details for the imprint, privacy and accessibility pages (SiteInfo).
        partData({
          'site-info': { operator: site.operator, accessibility: site.accessibility, strings: { de: ui.de.siteInfo, en: ui.en.siteInfo } },
          print: { de: ui.de.reference.print, en: ui.en.reference.print },
        }),
      ],
    },
    themeConfig: {
      siteTitle: site.name,
      logo: { src: `/${site.branding.logo ?? 'logo.svg'}`, alt: '' },
      i18nRouting: true,
    } as DefaultTheme.Config,
    transformPageData(page) {
      // Pages generated from data carry their frontmatter in the route's params.
      const generated = page.params?.fm as { title: string; description: string } | undefined
      if (generated) {
        Object.assign(page.frontmatter, generated)
        page.title = generated.title
        page.description = generated.description
        // Read at build time only; the page data need not carry it twice.
        delete page.params?.fm
      }
      // The content date is the page's `updated` field, not the file's commit time.
      // VitePress reads YAML dates as Date objects; the content check has made sure it is a date.
      const updated = page.frontmatter.updated as unknown
      if (updated instanceof Date) page.lastUpdated = updated.getTime()
      else if (typeof updated === 'string') page.lastUpdated = Date.parse(`${updated}T00:00:00Z`)
      const lang = page.relativePath.startsWith('en/') ? 'en' : 'de'
      // Written out here in the page's language (theme/components/PageUpdated.vue shows it).
      if (page.lastUpdated !== undefined) Object.assign(page, { updatedText: longDate(page.lastUpdated, lang) })
      // Previous and next page from the sidebar, which the browser loads only when needed.
      const order = prevNext(sidebars[lang], page.relativePath)
      page.frontmatter.prev ??= order.prev
      page.frontmatter.next ??= order.next
      // Fields only the build reads: the sources are part of the page's HTML
      // (markdown/page-sources.ts), the date is written out in updatedText.
      for (const key of ['sources', 'tags', 'kind', 'updated']) delete page.frontmatter[key]
    },
    // Pages of the parts the operator hides stay reachable by address but are left out of the
    // search (scripts/lib/build-site.ts) and, for any crawler on the intranet, out of its index.
    transformHead: ({ pageData }) => (isHiddenPage(pageData.relativePath.replace(/\.md$/, '.html'), site.show) ? [['meta', { name: 'robots', content: 'noindex' }]] : []),
    transformHtml(html, file, { pageData, siteConfig }) {
      const page = { relativePath: pageData.relativePath, outDir: siteConfig.outDir, base: siteConfig.site.base }
      const final = markCurrentSidebarEntry(pageMaps.transformHtml(html, page), page.base, page.relativePath)
      pageRendered(file, final)
      return final
    },
    buildEnd: (siteConfig) => pageMaps.removeOriginals(siteConfig.outDir),
  })
}

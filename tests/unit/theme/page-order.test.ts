import { resolve } from 'node:path'
import { ref } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import type { DefaultTheme } from 'vitepress'
import { sidebar } from '../../../docs/.vitepress/locales/shared'
import { prevNext, sidebarStub } from '../../../docs/.vitepress/page-order'
import { loadData } from '../../../toolkit/content/load-data'

// VitePress's own page footer logic, run outside a page: its data composable and the one
// helper it takes from the client entry are replaced by plain values.
const state = { page: ref({ relativePath: '' }), theme: ref<DefaultTheme.Config>({}), frontmatter: ref<Record<string, unknown>>({}) }
vi.mock('vitepress', () => ({ withBase: (path: string) => path }))
vi.mock('vitepress/dist/client/theme-default/composables/data.js', () => ({ useData: () => state }))
const { usePrevNext } = await import('vitepress/dist/client/theme-default/composables/prev-next.js')

const root = resolve(import.meta.dirname, '../../..')
const show = loadData(resolve(root, 'data')).site.show
const sidebars = { de: sidebar({ lang: 'de', docsDir: resolve(root, 'docs'), show }), en: sidebar({ lang: 'en', docsDir: resolve(root, 'docs'), show }) }

/** What VitePress shows as previous and next with the full sidebar, `false` for nothing. */
function vitepress(side: DefaultTheme.SidebarMulti, relativePath: string) {
  state.page.value = { relativePath }
  state.theme.value = { sidebar: side }
  state.frontmatter.value = {}
  const { prev, next } = usePrevNext().value
  const simple = (l: { text?: string; link?: string } | undefined) => (l?.link ? { text: l.text, link: l.link } : false)
  return { prev: simple(prev), next: simple(next) }
}

/** Every page a sidebar links to, as relative paths, plus pages of its sections it does not list. */
function pagesOf(side: DefaultTheme.SidebarMulti): string[] {
  const links = Object.values(side).flatMap((entry) => (Array.isArray(entry) ? entry : entry.items)).flatMap(function flat(item: DefaultTheme.SidebarItem): string[] {
    return [...(item.link ? [item.link] : []), ...(item.items ?? []).flatMap(flat)]
  })
  const paths = [...new Set(links)].map((l) => `${l.replace(/^\//, '').replace(/\/$/, '/index')}.md`)
  return [...paths, 'grundlagen/nicht-im-menue.md', 'en/faq/not-listed.md', 'impressum.md']
}

describe('previous and next page written at build time', () => {
  for (const lang of ['de', 'en'] as const) {
    it(`match what VitePress finds in the ${lang} sidebar, for every page`, () => {
      const pages = pagesOf(sidebars[lang])
      expect(pages.length).toBeGreaterThan(100)
      for (const page of pages) expect({ page, ...prevNext(sidebars[lang], page) }).toEqual({ page, ...vitepress(sidebars[lang], page) })
    })
  }

  it('follow the reading order within a section', () => {
    expect(prevNext(sidebars.de, 'grundlagen/was-ist-ikz.md')).toEqual({
      prev: { text: 'Grundlagen', link: '/grundlagen/' },
      next: { text: 'Warum Kommunen zusammenarbeiten – die Treiber', link: '/grundlagen/treiber' },
    })
  })
})

describe('the sidebar stub in the site data', () => {
  it('has an entry under every path prefix of the sidebar and nothing to show', () => {
    const stub = sidebarStub(sidebars.de)
    expect(Object.keys(stub)).toEqual(Object.keys(sidebars.de))
    expect(JSON.stringify(stub).length).toBeLessThan(JSON.stringify(sidebars.de).length / 20)
    for (const entry of Object.values(stub)) expect(entry).toEqual([{ text: '' }])
  })
})

import { describe, expect, it } from 'vitest'
import { metadataFor } from '../../../docs/.vitepress/page-maps'

/** VitePress's metadata script as its build writes it (generateMetadataScript). */
const script = (map: object, site: object) => `window.__VP_HASH_MAP__=JSON.parse(${JSON.stringify(JSON.stringify(map))});window.__VP_SITE_DATA__=JSON.parse(${JSON.stringify(JSON.stringify(site))});`
const run = (source: string) => {
  const w: { __VP_HASH_MAP__?: object; __VP_SITE_DATA__?: object } = {}
  new Function('window', source)(w)
  return w
}

const map = { 'index.md': 'a1', 'grundlagen_index.md': 'b2', 'en_index.md': 'c3', 'en_grundlagen_index.md': 'd4', '404.md': 'e5' }
const site = {
  title: 'IKZ-Kit',
  themeConfig: { siteTitle: 'IKZ-Kit' },
  locales: {
    root: { label: 'Deutsch', lang: 'de', link: '/', themeConfig: { nav: [{ text: 'Grundlagen' }], sidebar: { '/grundlagen/': [{ text: '' }] } } },
    en: { label: 'English', lang: 'en', link: '/en/', themeConfig: { nav: [{ text: 'Basics' }], sidebar: { '/en/grundlagen/': [{ text: '' }] } } },
  },
}

describe('the metadata script of one language', () => {
  it('maps only that language’s pages and keeps only its theme configuration', () => {
    const de = run(metadataFor(script(map, site), 'de'))
    expect(de.__VP_HASH_MAP__).toEqual({ 'index.md': 'a1', 'grundlagen_index.md': 'b2', '404.md': 'e5' })
    expect(de.__VP_SITE_DATA__).toEqual({ ...site, locales: { root: site.locales.root, en: { label: 'English', lang: 'en', link: '/en/' } } })
    const en = run(metadataFor(script(map, site), 'en'))
    expect(en.__VP_HASH_MAP__).toEqual({ 'en_index.md': 'c3', 'en_grundlagen_index.md': 'd4' })
    expect(en.__VP_SITE_DATA__).toEqual({ ...site, locales: { root: { label: 'Deutsch', lang: 'de', link: '/' }, en: site.locales.en } })
  })

  it('refuses a script of another form instead of writing a broken one', () => {
    expect(() => metadataFor('window.__VP_HASH_MAP__={};', 'de')).toThrow(/unexpected form/)
    const withFunctions = script(map, site).replace(';window.__VP_SITE_DATA__=JSON.parse(', ';function deserializeFunctions(){};window.__VP_SITE_DATA__=deserializeFunctions(JSON.parse(')
    expect(() => metadataFor(withFunctions, 'de')).toThrow(/unexpected form/)
  })
})

import { afterEach, describe, expect, it } from 'vitest'
import { provideSectionPaths, sectionPaths } from '../../../docs/.vitepress/route-registry'

afterEach(() => provideSectionPaths(undefined))

describe('routes of the generated pages', () => {
  it('come from what the configuration provides', () => {
    provideSectionPaths((lang, section) => [{ params: { slug: `${lang}-${section}` }, content: '# x' }])
    expect(sectionPaths('en', 'glossar')).toEqual([{ params: { slug: 'en-glossar' }, content: '# x' }])
  })

  it('fail with a clear message when a route file runs before the configuration', () => {
    expect(() => sectionPaths('de', 'kooperationsformen')).toThrow('no routes for de/kooperationsformen: the site configuration (docs/.vitepress/config.ts) provides them and is loaded first')
  })
})

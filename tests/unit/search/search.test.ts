import { describe, expect, it } from 'vitest'
import { decodeEntities, parseExcerpt } from '../../../toolkit/search/excerpt'
import { opensSearch } from '../../../toolkit/search/keys'

describe('search excerpts', () => {
  it('splits marked hits from plain text', () => {
    expect(parseExcerpt('Der <mark>Zweckverband</mark> ist eine Körperschaft')).toEqual([
      { text: 'Der ', mark: false },
      { text: 'Zweckverband', mark: true },
      { text: ' ist eine Körperschaft', mark: false },
    ])
  })
  it('decodes entities and drops any other markup, so nothing is inserted as HTML', () => {
    expect(parseExcerpt('a &lt;script&gt; &amp; <b>b</b> <img src=x onerror=alert(1)>c')).toEqual([{ text: 'a <script> & b c', mark: false }])
    expect(decodeEntities('&#228;&#x00FC;&quot;&unknown;')).toBe('äü"&unknown;')
  })
})

describe('search shortcut', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods })
  it('opens with / outside text fields and with Ctrl+K or Cmd+K anywhere', () => {
    expect(opensSearch(key('/'), { tagName: 'BODY' } as unknown as EventTarget)).toBe(true)
    expect(opensSearch(key('/'), { tagName: 'INPUT' } as unknown as EventTarget)).toBe(false)
    expect(opensSearch(key('/'), { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(false)
    expect(opensSearch(key('k', { ctrlKey: true }), { tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(true)
    expect(opensSearch(key('K', { metaKey: true }), null)).toBe(true)
    expect(opensSearch(key('k'), null)).toBe(false)
    expect(opensSearch(key('k', { ctrlKey: true, altKey: true }), null)).toBe(false)
  })
})

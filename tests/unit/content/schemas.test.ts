import { describe, expect, it } from 'vitest'
import { frontmatter } from '../../../toolkit/content/frontmatter'
import { isoDate, localized, localizedList, source } from '../../../toolkit/content/primitives'
import { parseJsonWithLines } from '../../../toolkit/content/json-source'
import { formatPath, formatProblem } from '../../../toolkit/content/problem'

describe('primitives', () => {
  it('localized text needs both languages, not blank', () => {
    expect(localized.safeParse({ de: 'Zweckverband', en: 'special-purpose association' }).success).toBe(true)
    expect(localized.safeParse({ de: 'Zweckverband' }).success).toBe(false)
    expect(localized.safeParse({ de: 'Zweckverband', en: ' ' }).success).toBe(false)
    expect(localized.safeParse({ de: 'a', en: 'b', fr: 'c' }).success).toBe(false)
  })

  it('localized lists must translate item by item', () => {
    expect(localizedList.safeParse({ de: ['a', 'b'], en: ['a', 'b'] }).success).toBe(true)
    expect(localizedList.safeParse({ de: ['a', 'b'], en: ['a'] }).success).toBe(false)
    expect(localizedList.safeParse({ de: [], en: [] }).success).toBe(false)
  })

  it('dates are real calendar dates in ISO form', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true)
    expect(isoDate.safeParse('2023-02-29').success).toBe(false)
    expect(isoDate.safeParse('23.11.2026').success).toBe(false)
  })

  it('a source needs a URL or a legal citation', () => {
    expect(source.safeParse({ title: 'GWB', citation: '§ 108 GWB' }).success).toBe(true)
    expect(source.safeParse({ title: 'GWB', url: 'https://www.gesetze-im-internet.de/gwb/' }).success).toBe(true)
    expect(source.safeParse({ title: 'GWB' }).success).toBe(false)
    expect(source.safeParse({ title: 'x', url: 'javascript:alert(1)' }).success).toBe(false)
  })
})

describe('frontmatter', () => {
  const base = { title: 'T', description: 'A description of twenty characters.', updated: '2026-11-23' }
  it('defaults to a guide page without tags, which then needs a source', () => {
    const r = frontmatter.safeParse(base)
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toBe('a guide page needs at least one source')
    const ok = frontmatter.parse({ ...base, sources: [{ title: 'GG', citation: 'Art. 28 GG' }] })
    expect(ok.kind).toBe('guide')
    expect(ok.tags).toEqual([])
  })
  it('lets meta and home pages go without sources', () => {
    expect(frontmatter.parse({ ...base, kind: 'meta' }).sources).toEqual([])
  })
})

describe('JSON with lines', () => {
  it('locates a path, and the enclosing object for a missing field', () => {
    const r = parseJsonWithLines('{\n  "a": [\n    { "b": 1 },\n    { "c": 2 }\n  ]\n}')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.locate(['a', 1, 'c'])).toBe(4)
    expect(r.locate(['a', 1, 'missing'])).toBe(4)
    expect(r.locate(['a'])).toBe(2)
  })
  it.each([
    ['{"a": 1 /* note */}', 1, 'malformed JSON: comments are not allowed in JSON'],
    ['{\n"a": "x\n}', 2, 'malformed JSON: unterminated string'],
    ['', 1, 'malformed JSON: value expected'],
  ])('rejects %j at line %i', (text, line, message) => {
    expect(parseJsonWithLines(text)).toEqual({ ok: false, line, message })
  })
})

describe('problem formatting', () => {
  it('reads like a compiler message', () => {
    expect(formatPath(['sources', 0, 'url'])).toBe('sources[0].url')
    expect(formatPath([2, 'name', 'en'])).toBe('[2].name.en')
    expect(formatProblem({ file: 'docs/a.md', line: 3, field: 'title', message: 'must not be empty' })).toBe('docs/a.md:3 title: must not be empty')
  })
})

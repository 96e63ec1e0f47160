import { describe, expect, it } from 'vitest'
import { parseDocument, serializeDocument } from '../../../toolkit/common/document'
import { generateDocument } from '../../../toolkit/strategy/document'
import { sampleWorkshop } from '../../../toolkit/strategy/sample'
import { blankWorkshop, workshopSpec, type Workshop } from '../../../toolkit/strategy/schema'

const attack = '<script>alert(1)</script> <img src=x onerror=alert(2)> **fett** [link](javascript:x) # Titel | Zelle'

const hostile = (): Workshop => {
  const w = sampleWorkshop(2)
  return {
    ...w,
    title: attack,
    clarification: { ...w.clarification, purpose: attack, municipalities: [attack, 'Stadt B'] },
    swot: { ...w.swot, strengths: [{ id: 's', text: attack, author: attack }] },
    vision: { horizon: '2040', statement: `${attack}\nZweite Zeile` },
    values: [{ id: 'v', label: attack, note: '' }],
    goals: w.goals.map((g) => ({ ...g, text: attack })),
  }
}

describe('Leitbild document', () => {
  it('has every section in the order a council annex needs, in both languages', () => {
    const de = generateDocument(sampleWorkshop(3), 'de', '2027-04-01')
    expect(de.model.sections.map((s) => s.id)).toEqual(['preamble', 'situation', 'vision', 'mission', 'values', 'principles', 'goals', 'measures', 'indicators', 'process'])
    expect(de.model.meta).toEqual([
      { term: 'Beteiligte Kommunen', text: 'Gemeinde 1, Gemeinde 2, Gemeinde 3' },
      { term: 'Stand', text: '15.03.2027' },
    ])
    const headings = [...de.markdown.matchAll(/^## (.*)$/gm)].map((m) => m[1])
    expect(headings).toEqual(['1. Präambel und Anlass', '2. Ausgangslage', '3. Vision', '4. Mission', '5. Werte', '6. Leitsätze', '7. Strategische Ziele', '8. Maßnahmen', '9. Kennzahlen und Überprüfung', '10. Entstehung und Fortschreibung'])
    expect(de.markdown).toContain('| Maßnahme | Verantwortlich | Beteiligte Kommunen | Zeitraum | Stand | Budget (Euro) | Zu Ziel |')
    expect(de.markdown).toMatch(/2\.000\s€/)
    const en = generateDocument(sampleWorkshop(3), 'en', '2027-04-01')
    expect(en.html).toContain('<h2>7. Strategic goals</h2>')
    expect(en.html).toContain('<html lang="en">')
    expect(en.markdown).toContain('Created with IKZ-Kit on 1 Apr 2027.')
  })

  it('says which sections are still empty instead of leaving them out', () => {
    const { model, markdown } = generateDocument(blankWorkshop(), 'de', '2027-04-01')
    expect(model.title).toBe('Leitbild und Strategie der interkommunalen Kooperation')
    expect(model.sections).toHaveLength(10)
    expect(model.sections.every((s) => s.blocks[0]?.kind === 'p' && s.blocks[0].text === 'Noch nicht ausgefüllt.')).toBe(true)
    expect(markdown).toContain('**Stand:** 01.04.2027')
  })

  it('renders markup in user text as text in HTML and Markdown', () => {
    const { html, markdown } = generateDocument(hostile(), 'de', '2027-04-01')
    expect(html).not.toMatch(/<script>|<img|onerror=alert\(2\)>/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;')
    expect(html).toContain('Zweite Zeile')
    // One <script> or <img> element in the whole file would be a hole; there is none, and no external reference.
    expect(html).not.toMatch(/<(script|img|link|iframe)\b/i)
    expect(html).not.toMatch(/<[^>]*\s(src|href)=/i)
    expect(markdown).not.toContain('<script>')
    expect(markdown).toContain('\\<script\\>')
    expect(markdown).toContain('\\*\\*fett\\*\\*')
    expect(markdown).toContain('\\[link\\](javascript:x)')
    // A pipe in a cell must not open a new table column.
    const goalRow = markdown.split('\n').find((l) => l.startsWith('| 1 |')) ?? ''
    expect(goalRow.split(/(?<!\\)\|/).length - 2).toBe(7)
  })

  it('is a standalone A4 print document', () => {
    const { html } = generateDocument(sampleWorkshop(1), 'de', '2027-04-01')
    expect(html).toMatch(/@page\{size:A4/)
    expect(html).toMatch(/break-inside:avoid/)
    expect(html).toContain("default-src 'none'")
  })

  it('handles a large workshop', () => {
    const big = sampleWorkshop(60)
    const { model, html } = generateDocument(big, 'en', '2027-04-01')
    const measures = model.sections.find((s) => s.id === 'measures')?.blocks[0]
    expect(measures?.kind === 'table' && measures.rows.length).toBe(240)
    expect(html.length).toBeGreaterThan(100_000)
  })
})

describe('file format and migrations', () => {
  it('round-trips a workshop through the JSON file', () => {
    const w = hostile()
    const parsed = parseDocument(workshopSpec, serializeDocument(workshopSpec, w))
    expect(parsed).toEqual({ ok: true, value: w })
  })

  it('migrates version 1 (SWOT as plain strings, no workshop part)', () => {
    const { workshop: _w, ...v1 } = { ...blankWorkshop(), swot: { strengths: ['Gemeinsamer Bauhof'], weaknesses: [], opportunities: ['Förderung'], threats: [] } }
    const parsed = parseDocument(workshopSpec, JSON.stringify({ format: 'ikz-kit/leitbild-workshop', version: 1, saved: '2026-01-01T00:00:00Z', data: v1 }))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.value.swot.strengths).toEqual([{ id: 'strengths-1', text: 'Gemeinsamer Bauhof', author: '' }])
    expect(parsed.value.swot.opportunities[0]?.id).toBe('opportunities-1')
    expect(parsed.value.workshop).toEqual(blankWorkshop().workshop)
  })

  it('refuses other tools’ files, newer versions and invalid content with a reason', () => {
    const text = (o: object) => JSON.stringify(o)
    expect(parseDocument(workshopSpec, text({ format: 'ikz-kit/stakeholder-analysis', version: 1, data: {} }))).toEqual({ ok: false, error: { code: 'wrong-kind' } })
    expect(parseDocument(workshopSpec, text({ format: 'ikz-kit/leitbild-workshop', version: 3, data: {} }))).toEqual({ ok: false, error: { code: 'version-too-new', detail: '3' } })
    const bad = parseDocument(workshopSpec, text({ format: 'ikz-kit/leitbild-workshop', version: 2, data: { ...blankWorkshop(), measures: [{ id: 'm' }] } }))
    expect(bad.ok === false && bad.error.code).toBe('invalid')
    expect(bad.ok === false && bad.error.detail).toMatch(/^measures\.0\./)
  })
})

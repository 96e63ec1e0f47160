import { describe, expect, it } from 'vitest'
import { parseDocument, serializeDocument } from '../../../toolkit/common/document'
import { readAnalysisBytes } from '../../../toolkit/stakeholders/io'
import { analysisSpec } from '../../../toolkit/stakeholders/schema'
import { analysisOf, person } from './helpers'

const sample = analysisOf(
  [
    person('a', { name: 'Bürgermeisterin „Süd“; Größe', role: 'Zeile 1\nZeile 2; mit "Zitat", Komma', notes: '<script>alert(1)</script>', attitude: -2, legitimacy: true, nextContact: '2026-12-24' }),
    person('b', { name: 'Ärztekammer Öhringen-Übach', strategy: 'satisfy', status: 'done', power: 1, interest: 5 }),
  ],
  { title: 'Bauhof ÄÖÜ ß', partners: ['Gemeinde A', 'Stadt C'], relations: [{ id: 'r', from: 'a', to: 'b', type: 'funds', strength: 3 }], positions: [{ id: 'b', x: -42.5, y: 118 }] },
)

describe('the analysis file', () => {
  it('round-trips every field, umlauts and separators included', () => {
    const text = serializeDocument(analysisSpec, sample)
    expect(JSON.parse(text)).toMatchObject({ format: 'ikz-kit/stakeholder-analysis', version: 3 })
    expect(parseDocument(analysisSpec, text)).toEqual({ ok: true, value: sample })
    expect(readAnalysisBytes(new TextEncoder().encode(`\uFEFF${text}`))).toEqual({ ok: true, value: sample })
  })

  it('migrates a version 1 file (register only) to the current version', () => {
    const v1 = {
      format: 'ikz-kit/stakeholder-analysis',
      version: 1,
      saved: '2026-01-01T00:00:00.000Z',
      data: { title: 'Alt', partners: [], stakeholders: [{ id: 'x', name: 'Rat', group: 'council', partner: '', role: '', notes: '', power: 5, interest: 3, attitude: 1 }] },
    }
    const result = parseDocument(analysisSpec, JSON.stringify(v1))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.relations).toEqual([])
    expect(result.value.positions).toEqual([])
    expect(result.value.stakeholders[0]).toMatchObject({ name: 'Rat', power: 5, legitimacy: false, urgency: false, strategy: null, status: 'planned', nextContact: '' })
  })

  it('migrates a version 2 file (no node positions) with everything it holds', () => {
    const { positions, ...v2data } = sample
    expect(positions).toHaveLength(1)
    const v2 = { format: 'ikz-kit/stakeholder-analysis', version: 2, saved: '2026-11-01T00:00:00.000Z', data: v2data }
    expect(parseDocument(analysisSpec, JSON.stringify(v2))).toEqual({ ok: true, value: { ...sample, positions: [] } })
  })

  it('refuses newer versions, other formats and inconsistent data with a reason', () => {
    const env = (over: object) => JSON.stringify({ format: 'ikz-kit/stakeholder-analysis', version: 3, saved: '', data: sample, ...over })
    expect(parseDocument(analysisSpec, env({ version: 4 }))).toEqual({ ok: false, error: { code: 'version-too-new', detail: '4' } })
    expect(parseDocument(analysisSpec, env({ format: 'ikz-kit/strategy' }))).toMatchObject({ ok: false, error: { code: 'wrong-kind' } })
    const dangling = { ...sample, relations: [{ id: 'r', from: 'a', to: 'nobody', type: 'allied', strength: 1 }] }
    expect(parseDocument(analysisSpec, env({ data: dangling }))).toMatchObject({ ok: false, error: { code: 'invalid', detail: expect.stringContaining('relations.0') } })
    const twice = { ...sample, stakeholders: [sample.stakeholders[0], sample.stakeholders[0]], relations: [], positions: [] }
    expect(parseDocument(analysisSpec, env({ data: twice }))).toMatchObject({ ok: false, error: { code: 'invalid', detail: expect.stringContaining('stakeholders.1.id') } })
    const placedNobody = { ...sample, positions: [{ id: 'nobody', x: 0, y: 0 }] }
    expect(parseDocument(analysisSpec, env({ data: placedNobody }))).toMatchObject({ ok: false, error: { code: 'invalid', detail: expect.stringContaining('positions.0') } })
    const placedTwice = { ...sample, positions: [{ id: 'a', x: 0, y: 0 }, { id: 'a', x: 1, y: 1 }] }
    expect(parseDocument(analysisSpec, env({ data: placedTwice }))).toMatchObject({ ok: false, error: { code: 'invalid', detail: expect.stringContaining('positions.1') } })
    const farAway = { ...sample, positions: [{ id: 'a', x: 1e9, y: 0 }] }
    expect(parseDocument(analysisSpec, env({ data: farAway }))).toMatchObject({ ok: false, error: { code: 'invalid', detail: expect.stringContaining('positions.0.x') } })
    const outOfScale = { ...sample, stakeholders: [{ ...sample.stakeholders[0], power: 6 }], relations: [], positions: [] }
    expect(parseDocument(analysisSpec, env({ data: outOfScale }))).toMatchObject({ ok: false, error: { code: 'invalid', detail: expect.stringContaining('power') } })
  })

  it('keeps markup in text fields as plain text', () => {
    const text = serializeDocument(analysisSpec, sample)
    const back = parseDocument(analysisSpec, text)
    expect(back.ok && back.value.stakeholders[0]!.notes).toBe('<script>alert(1)</script>')
  })
})

import { describe, expect, it } from 'vitest'
import { serializeDocument } from '../../../toolkit/common/document'
import { errorMessage } from '../../../toolkit/common/messages'
import type { Result } from '../../../toolkit/common/result'
import { DocumentStore, MemoryStorage } from '../../../toolkit/common/storage'
import { commonFor } from '../../../toolkit/i18n/tools'
import { stakeholdersToCsv } from '../../../toolkit/stakeholders/csv'
import { readAnalysisBytes, readRegisterCsvBytes } from '../../../toolkit/stakeholders/io'
import { lcg } from '../../../toolkit/stakeholders/layout'
import { exampleAnalysis } from '../../../toolkit/stakeholders/presets'
import { analysis, analysisSpec, type Analysis } from '../../../toolkit/stakeholders/schema'
import { counter, presets, vocab } from './helpers'

const rand = lcg(20261123)
const int = (n: number) => Math.floor(rand() * n)
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!
const enc = (s: string) => new TextEncoder().encode(s)

const example = exampleAnalysis(presets, 'de')
const validJson = serializeDocument(analysisSpec, example)
const validCsv = stakeholdersToCsv(example.stakeholders, presets.groups, 'de', vocab.de)

function randomValue(depth = 0): unknown {
  switch (int(depth > 3 ? 5 : 8)) {
    case 0: return null
    case 1: return rand() * 1e6 - 5e5
    case 2: return pick(['', 'x', '<script>alert(1)</script>', 'Ä'.repeat(int(50)), '2'])
    case 3: return rand() < 0.5
    case 4: return int(7) - 1
    case 5: return Array.from({ length: int(4) }, () => randomValue(depth + 1))
    default: {
      const keys = ['format', 'version', 'data', 'title', 'partners', 'stakeholders', 'relations', 'id', 'name', 'power', pick(['__proto__', 'constructor', 'x'])]
      return Object.fromEntries(Array.from({ length: int(5) }, () => [pick(keys), randomValue(depth + 1)]))
    }
  }
}

/** At least 1,000 malformed or odd files, the same on every run. */
function inputs(): { kind: 'json' | 'csv'; bytes: Uint8Array }[] {
  const out: { kind: 'json' | 'csv'; bytes: Uint8Array }[] = []
  const jsonBytes = enc(validJson)
  const csvBytes = enc(validCsv)
  for (let i = 0; i < 200; i++) out.push({ kind: 'json', bytes: jsonBytes.slice(0, int(jsonBytes.length)) })
  for (let i = 0; i < 250; i++) {
    const b = jsonBytes.slice()
    for (let k = 0; k <= int(3); k++) b[int(b.length)] = int(256)
    out.push({ kind: 'json', bytes: b })
  }
  for (let i = 0; i < 150; i++) out.push({ kind: 'json', bytes: enc(JSON.stringify(randomValue())) })
  for (let i = 0; i < 100; i++) {
    const env = { format: 'ikz-kit/stakeholder-analysis', version: pick([0, -1, 1, 2, 3, 4, 99, 1.5, '2', null]), saved: '', data: rand() < 0.5 ? example : randomValue() }
    out.push({ kind: 'json', bytes: enc(JSON.stringify(env)) })
  }
  for (let i = 0; i < 100; i++) {
    const data: Analysis = JSON.parse(JSON.stringify(example))
    const s = data.stakeholders[int(data.stakeholders.length)]! as unknown as Record<string, unknown>
    s[pick(['power', 'interest', 'attitude', 'legitimacy', 'strategy', 'nextContact', 'status', 'name', 'id'])] = randomValue(3)
    out.push({ kind: 'json', bytes: enc(JSON.stringify({ format: analysisSpec.format, version: analysisSpec.version, saved: '', data })) })
  }
  for (let i = 0; i < 60; i++) {
    // Node positions: a foreign id, a stakeholder twice, coordinates of any kind.
    const data = JSON.parse(JSON.stringify(example)) as Record<string, unknown>
    const someone = example.stakeholders[int(example.stakeholders.length)]!.id
    data.positions = pick([randomValue(3), [{ id: pick([someone, 'nobody', randomValue(1)]), x: randomValue(1), y: pick([0, 1e12, -1e12, randomValue(1)]) }], [{ id: someone, x: 1, y: 2 }, { id: someone, x: 3, y: 4 }]])
    out.push({ kind: 'json', bytes: enc(JSON.stringify({ format: analysisSpec.format, version: analysisSpec.version, saved: '', data })) })
  }
  for (let i = 0; i < 80; i++) out.push({ kind: pick(['json', 'csv'] as const), bytes: new Uint8Array(Array.from({ length: 1 + int(64) }, () => pick([0xc3, 0x28, 0xff, 0xfe, 0x80, 0x00, 0xed, 0xa0, 0x41]))) })
  for (let i = 0; i < 200; i++) {
    const lines = validCsv.split('\r\n')
    const variant = int(6)
    if (variant === 0) lines[1 + int(lines.length - 2)] += ';"unclosed'
    else if (variant === 1) lines[0] = pick(['Titel;Wert', '', ';;;', 'name;power;interest', 'Name'])
    else if (variant === 2) lines[1 + int(lines.length - 2)] = `A;${'x'.repeat(1000 + int(20000))}`
    else if (variant === 3) lines[1 + int(lines.length - 2)] = Array.from({ length: int(40) }, () => String(randomValue(4))).join(pick([';', ',', '\t']))
    else if (variant === 4) lines.splice(1 + int(lines.length - 1), 0, '"a""b;"c";=1+2;-3;@x;\t;\r')
    out.push({ kind: 'csv', bytes: variant === 5 ? csvBytes.slice(0, int(csvBytes.length)) : enc(lines.join(pick(['\r\n', '\n', '\r']))) })
  }
  out.push({ kind: 'json', bytes: new Uint8Array(6 * 1024 * 1024) }, { kind: 'csv', bytes: enc(`Name\n${'A\n'.repeat(25_000)}`) }, { kind: 'json', bytes: new Uint8Array() })
  return out
}

describe('malformed files', () => {
  it('never throw, always give a result with a message in both languages, and change nothing stored', () => {
    const storage = new MemoryStorage()
    const store = new DocumentStore(storage, analysisSpec, 'stakeholders', (a) => a.title)
    expect(store.save('existing', example).ok).toBe(true)
    store.setSetting('last', 'existing')
    const before = storage.snapshot()
    const all = inputs()
    expect(all.length).toBeGreaterThanOrEqual(1000)
    const codes = new Map<string, number>()
    let valid = 0
    for (const input of all) {
      let result: Result<unknown> | undefined
      expect(() => {
        result = input.kind === 'json' ? readAnalysisBytes(input.bytes) : readRegisterCsvBytes(input.bytes, presets.groups, vocab, 'de', counter())
      }).not.toThrow()
      if (!result) throw new Error('no result')
      if (result.ok) {
        valid++
        if (input.kind === 'json') expect(analysis.safeParse(result.value).success).toBe(true)
      } else {
        codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1)
        for (const lang of ['de', 'en']) {
          const common = commonFor(lang)
          expect(errorMessage(result.error, common)).not.toBe(common.errors.unexpected)
        }
      }
    }
    expect(storage.snapshot()).toEqual(before)
    const loaded = store.load('existing')
    expect(loaded.ok && loaded.value.data).toEqual(example)
    // The generator reaches every kind of failure it is meant to exercise.
    for (const code of ['json-syntax', 'encoding', 'invalid', 'version-too-new', 'wrong-kind', 'csv-syntax', 'csv-columns', 'csv-rows', 'file-too-large', 'file-empty']) expect(codes.get(code) ?? 0, code).toBeGreaterThan(0)
    expect(valid).toBeLessThan(all.length / 2)
  })

  it('leaves stored analyses as they were when the storage is full', () => {
    const storage = new MemoryStorage(validJson.length * 1.5)
    const store = new DocumentStore(storage, analysisSpec, 'stakeholders', (a) => a.title)
    expect(store.save('a', example).ok).toBe(true)
    const before = storage.snapshot()
    const bigger = { ...example, stakeholders: [...example.stakeholders, ...example.stakeholders.map((s) => ({ ...s, id: `${s.id}-2` }))] }
    expect(store.save('b', bigger)).toMatchObject({ ok: false, error: { code: 'storage-full' } })
    expect(storage.snapshot()).toEqual(before)
  })
})

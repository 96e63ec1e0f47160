import { describe, expect, it } from 'vitest'
import { serializeDocument } from '../../../toolkit/common/document'
import { DocumentStore, MemoryStorage } from '../../../toolkit/common/storage'
import { importFileIntoStore, mergeFileIntoStore } from '../../../toolkit/strategy/io'
import { sampleWorkshop } from '../../../toolkit/strategy/sample'
import { titleOf, workshopSpec, type Workshop } from '../../../toolkit/strategy/schema'

/** mulberry32: a small seeded generator, so every run tries the same inputs. */
function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const encoder = new TextEncoder()
const valid = serializeDocument(workshopSpec, sampleWorkshop(2))
const validBytes = encoder.encode(valid)

function randomJson(rand: () => number, depth = 0): unknown {
  const r = rand()
  if (depth > 3 || r < 0.3) return [null, true, 1.5, -1, 'x', '', '<b>', 1e309 / 1e309][Math.floor(rand() * 8)]
  if (r < 0.6) return Array.from({ length: Math.floor(rand() * 4) }, () => randomJson(rand, depth + 1))
  const keys = ['format', 'version', 'data', 'title', 'swot', 'workshop', 'votes', 'cards', 'strengths', 'id', 'text']
  return Object.fromEntries(Array.from({ length: Math.floor(rand() * 5) }, () => [keys[Math.floor(rand() * keys.length)] ?? 'k', randomJson(rand, depth + 1)]))
}

/** At least 1000 malformed files of every kind of bad input, the same on every run. */
function malformedInputs(): { kind: string; bytes: Uint8Array }[] {
  const rand = prng(20261123)
  const out: { kind: string; bytes: Uint8Array }[] = []
  for (let i = 0; i < 300; i++) out.push({ kind: 'truncated', bytes: validBytes.slice(0, Math.floor(rand() * validBytes.length)) })
  for (let i = 0; i < 300; i++) {
    const b = validBytes.slice()
    const flips = 1 + Math.floor(rand() * 4)
    for (let f = 0; f < flips; f++) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256)
    out.push({ kind: 'byte-flip', bytes: b })
  }
  for (let i = 0; i < 200; i++) out.push({ kind: 'random-json', bytes: encoder.encode(JSON.stringify(randomJson(rand)) ?? 'null') })
  const envelope = JSON.parse(valid) as Record<string, unknown>
  const variants: unknown[] = [
    { ...envelope, format: 'ikz-kit/stakeholder-analysis' },
    { ...envelope, format: undefined },
    { ...envelope, version: 3 },
    { ...envelope, version: 0 },
    { ...envelope, version: '2' },
    { ...envelope, version: 1.5 },
    { ...envelope, version: 1, data: 'x' },
    { ...envelope, data: null },
    { ...envelope, data: { ...(envelope.data as object), workshop: { budget: -1 } } },
  ]
  for (let i = 0; i < 100; i++) out.push({ kind: 'wrong-format-or-version', bytes: encoder.encode(JSON.stringify(variants[i % variants.length])) })
  for (let i = 0; i < 100; i++) {
    const b = validBytes.slice()
    // Bytes that can never occur in UTF-8, or a lone continuation byte, in place of an ASCII byte.
    let at = Math.floor(rand() * b.length)
    while ((b[at] ?? 0) >= 0x80) at = (at + 1) % b.length
    b[at] = [0xff, 0xfe, 0xc0, 0x80, 0xf8][i % 5] ?? 0xff
    out.push({ kind: 'invalid-utf8', bytes: b })
  }
  out.push({ kind: 'empty', bytes: new Uint8Array() }, { kind: 'nul', bytes: new Uint8Array([0, 0, 0]) })
  return out
}

function storeWithWork() {
  const storage = new MemoryStorage()
  const store = new DocumentStore<Workshop>(storage, workshopSpec, 'strategy', titleOf)
  store.save('current', sampleWorkshop(1), new Date('2027-01-01T00:00:00Z'))
  store.setSetting('last', 'current')
  return { storage, store }
}

describe('fuzzed imports and merges', () => {
  const inputs = malformedInputs()
  let n = 0
  const makeId = () => `fuzz-${++n}`

  it('generates at least 1000 inputs of every kind', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(1000)
    expect(new Set(inputs.map((i) => i.kind)).size).toBe(7)
  })

  it('never throws; a refused file leaves the storage exactly as it was, an accepted one is stored valid', () => {
    let refused = 0
    for (const { kind, bytes } of inputs) {
      for (const path of ['import', 'merge'] as const) {
        const { storage, store } = storeWithWork()
        const before = storage.snapshot()
        let result
        try {
          result = path === 'import' ? importFileIntoStore(store, 'imported', bytes) : mergeFileIntoStore(store, 'current', bytes, makeId)
        } catch (e) {
          throw new Error(`${path} of a ${kind} input threw: ${String(e)}`)
        }
        if (!result.ok) {
          refused++
          expect(storage.snapshot(), `${path} ${kind}`).toEqual(before)
          expect(result.error.code).toMatch(/^(file-empty|encoding|json-syntax|wrong-kind|version-too-new|invalid)$/)
        } else {
          // A flip inside a text can leave a valid file; then what is stored must load cleanly.
          expect(kind).toBe('byte-flip')
          expect(store.load(path === 'import' ? 'imported' : 'current').ok).toBe(true)
        }
      }
    }
    expect(refused).toBeGreaterThan(inputs.length * 2 * 0.8)
  })

  it('changes nothing when the storage is full', () => {
    const scratch = new MemoryStorage()
    new DocumentStore<Workshop>(scratch, workshopSpec, 'strategy', titleOf).save('current', sampleWorkshop(1))
    const used = Object.entries(scratch.snapshot()).reduce((n, [k, v]) => n + k.length + v.length, 0)
    const storage = new MemoryStorage(used + 100)
    const store = new DocumentStore<Workshop>(storage, workshopSpec, 'strategy', titleOf)
    expect(store.save('current', sampleWorkshop(1)).ok).toBe(true)
    const before = storage.snapshot()
    const result = mergeFileIntoStore(store, 'current', encoder.encode(serializeDocument(workshopSpec, sampleWorkshop(4))), makeId)
    expect(result).toEqual({ ok: false, error: { code: 'storage-full' } })
    expect(storage.snapshot()).toEqual(before)
  })

  it('merges a valid partner file into the stored workshop', () => {
    const { store } = storeWithWork()
    const result = mergeFileIntoStore(store, 'current', validBytes, makeId)
    expect(result.ok && result.value.added.swot).toBeGreaterThan(0)
    const loaded = store.load('current')
    expect(loaded.ok && loaded.value.data.swot.strengths.length).toBe(4)
  })
})

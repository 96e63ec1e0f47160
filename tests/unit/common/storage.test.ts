import { describe, expect, it } from 'vitest'
import { z } from '../../../toolkit/common/zod'
import type { DocumentSpec } from '../../../toolkit/common/document'
import { DocumentStore, KEY_PREFIX, MemoryStorage } from '../../../toolkit/common/storage'

const note = z.strictObject({ title: z.string(), body: z.string() })
type Note = z.infer<typeof note>
const spec: DocumentSpec<Note> = { format: 'ikz-kit/test-note', version: 2, schema: note, migrations: { 1: (d) => ({ ...(d as object), body: '' }) } }
const storeOn = (s: MemoryStorage, tool = 'notes') => new DocumentStore(s, spec, tool, (n) => n.title)

describe('DocumentStore', () => {
  it('saves, lists newest first, loads and removes documents', () => {
    const s = new MemoryStorage()
    const store = storeOn(s)
    expect(store.save('a', { title: 'Älter', body: 'x' }, new Date('2026-01-01T10:00:00Z')).ok).toBe(true)
    expect(store.save('b', { title: 'Neuer', body: 'y' }, new Date('2026-01-02T10:00:00Z')).ok).toBe(true)
    expect(store.list().map((d) => d.title)).toEqual(['Neuer', 'Älter'])
    const loaded = store.load('a')
    expect(loaded.ok && loaded.value.data).toEqual({ title: 'Älter', body: 'x' })
    expect(store.remove('a').ok).toBe(true)
    expect(store.load('a')).toEqual({ ok: false, error: { code: 'not-found' } })
    expect(Object.keys(s.snapshot()).every((k) => k.startsWith(`${KEY_PREFIX}notes:`))).toBe(true)
  })

  it('migrates stored data of an older version on load', () => {
    const s = new MemoryStorage()
    s.setItem('ikz-kit:notes:doc:old', JSON.stringify({ format: spec.format, version: 1, saved: '2025-01-01T00:00:00Z', title: 'Alt', data: { title: 'Alt' } }))
    const loaded = storeOn(s).load('old')
    expect(loaded.ok && loaded.value.data).toEqual({ title: 'Alt', body: '' })
  })

  it('reports damaged and newer entries without touching them', () => {
    const s = new MemoryStorage()
    s.setItem('ikz-kit:notes:doc:bad', '{"format":')
    s.setItem('ikz-kit:notes:doc:new', JSON.stringify({ format: spec.format, version: 9, saved: '2030-01-01T00:00:00Z', title: 'Zukunft', data: {} }))
    const before = s.snapshot()
    const store = storeOn(s)
    expect(store.load('bad')).toEqual({ ok: false, error: { code: 'storage-corrupt' } })
    expect(store.load('new')).toEqual({ ok: false, error: { code: 'version-too-new', detail: '9' } })
    expect(store.list().map((d) => d.id)).toEqual(['new'])
    expect(s.snapshot()).toEqual(before)
  })

  it('keeps the previous version when the storage is full', () => {
    const s = new MemoryStorage(400)
    const store = storeOn(s)
    expect(store.save('a', { title: 'Klein', body: '' }).ok).toBe(true)
    const before = s.snapshot()
    expect(store.save('a', { title: 'Groß', body: 'x'.repeat(1000) })).toEqual({ ok: false, error: { code: 'storage-full' } })
    expect(s.snapshot()).toEqual(before)
  })

  it('deletes all data of one tool and nothing of another', () => {
    const s = new MemoryStorage()
    storeOn(s, 'notes').save('a', { title: 'A', body: '' })
    storeOn(s, 'notes').setSetting('last', 'a')
    storeOn(s, 'other').save('b', { title: 'B', body: '' })
    s.setItem('fremd', 'bleibt')
    expect(storeOn(s, 'notes').removeAll()).toEqual({ ok: true, value: 2 })
    expect(Object.keys(s.snapshot()).sort()).toEqual(['fremd', 'ikz-kit:other:doc:b'])
  })
})

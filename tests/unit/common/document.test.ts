import { describe, expect, it } from 'vitest'
import { z } from '../../../toolkit/common/zod'
import { parseDocument, serializeDocument, type DocumentSpec } from '../../../toolkit/common/document'

const schema = z.strictObject({ name: z.string().check(z.maxLength(20)), tags: z.array(z.string()) })
type Doc = z.infer<typeof schema>
const spec: DocumentSpec<Doc> = {
  format: 'ikz-kit/test',
  version: 3,
  schema,
  migrations: { 1: (d) => ({ name: (d as { title: string }).title }), 2: (d) => ({ ...(d as object), tags: [] }) },
}

describe('document files', () => {
  it('round-trips through the envelope', () => {
    const doc = { name: 'Zweckverband „Süd“', tags: ['a;b', 'c"d'] }
    const text = serializeDocument(spec, doc)
    expect(JSON.parse(text)).toMatchObject({ format: 'ikz-kit/test', version: 3, data: doc })
    expect(parseDocument(spec, text)).toEqual({ ok: true, value: doc })
  })
  it('runs every migration from an old version', () => {
    const text = JSON.stringify({ format: 'ikz-kit/test', version: 1, data: { title: 'Alt' } })
    expect(parseDocument(spec, text)).toEqual({ ok: true, value: { name: 'Alt', tags: [] } })
  })
  it('names what is wrong', () => {
    expect(parseDocument(spec, '{"format":"ikz-kit/test","ver')).toEqual({ ok: false, error: { code: 'json-syntax' } })
    expect(parseDocument(spec, '[]')).toEqual({ ok: false, error: { code: 'wrong-kind' } })
    expect(parseDocument(spec, JSON.stringify({ format: 'other', version: 1, data: {} }))).toEqual({ ok: false, error: { code: 'wrong-kind' } })
    expect(parseDocument(spec, JSON.stringify({ format: 'ikz-kit/test', version: 4, data: {} }))).toEqual({ ok: false, error: { code: 'version-too-new', detail: '4' } })
    expect(parseDocument(spec, JSON.stringify({ format: 'ikz-kit/test', version: 0.5, data: {} }))).toEqual({ ok: false, error: { code: 'invalid', detail: 'version' } })
    expect(parseDocument(spec, JSON.stringify({ format: 'ikz-kit/test', version: 1, data: null }))).toEqual({ ok: false, error: { code: 'invalid', detail: 'version 1' } })
    const tooLong = parseDocument(spec, JSON.stringify({ format: 'ikz-kit/test', version: 3, data: { name: 'x'.repeat(21), tags: [] } }))
    expect(tooLong.ok === false && tooLong.error.code).toBe('invalid')
    expect(tooLong.ok === false && tooLong.error.detail).toMatch(/^name: /)
  })
})

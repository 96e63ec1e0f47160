import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../toolkit/common/text-file'

const bytes = (...b: number[]) => new Uint8Array(b)
const utf8 = (s: string) => new TextEncoder().encode(s)

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM and UTF-16 with BOM', () => {
    expect(decodeText(utf8('Größe'))).toEqual({ ok: true, value: 'Größe' })
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Ä')))).toEqual({ ok: true, value: 'Ä' })
    expect(decodeText(bytes(0xff, 0xfe, 0xc4, 0x00))).toEqual({ ok: true, value: 'Ä' })
  })
  it('refuses other encodings unless a legacy fallback is asked for', () => {
    const latin1 = bytes(0x47, 0x72, 0xf6, 0xdf, 0x65) // "Größe" in Windows-1252
    expect(decodeText(latin1)).toEqual({ ok: false, error: { code: 'encoding' } })
    expect(decodeText(latin1, { legacyFallback: true })).toEqual({ ok: true, value: 'Größe' })
  })
  it('refuses binary, empty and oversized input', () => {
    expect(decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a), { legacyFallback: true })).toEqual({ ok: false, error: { code: 'encoding' } })
    expect(decodeText(utf8(' \n '))).toEqual({ ok: false, error: { code: 'file-empty' } })
    expect(decodeText(new Uint8Array(2 * 1024 * 1024), { maxBytes: 1024 * 1024 })).toEqual({ ok: false, error: { code: 'file-too-large', detail: '1 MB' } })
  })
})

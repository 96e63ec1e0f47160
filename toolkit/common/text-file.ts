import { fail, ok, type Result } from './result'

/** The largest file the tools read: far above any real analysis, small enough to parse safely. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024

export interface DecodeOptions {
  maxBytes?: number
  /**
   * Accept Windows-1252 when the bytes are not UTF-8. Older German Excel versions save CSV
   * that way; JSON files are always UTF-8.
   */
  legacyFallback?: boolean
}

const hasPrefix = (b: Uint8Array, ...p: number[]) => p.every((x, i) => b[i] === x)

/**
 * Decodes the bytes of a text file. UTF-8 (with or without byte-order mark) and UTF-16 with a
 * byte-order mark are read; anything else, including binary files, is an encoding error.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Result<string> {
  const max = options.maxBytes ?? MAX_FILE_BYTES
  if (bytes.length > max) return fail('file-too-large', `${Math.ceil(max / 1024 / 1024)} MB`)
  let text: string
  try {
    if (hasPrefix(bytes, 0xff, 0xfe)) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2))
    else if (hasPrefix(bytes, 0xfe, 0xff)) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2))
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    if (!options.legacyFallback || bytes.includes(0)) return fail('encoding')
    text = new TextDecoder('windows-1252').decode(bytes)
  }
  // A NUL character never occurs in the text files the tools write; it marks a binary file.
  if (text.includes('\u0000')) return fail('encoding')
  if (text.trim() === '') return fail('file-empty')
  return ok(text)
}

/** Reads a file the user chose; the size is checked before anything is read. */
export async function readTextFile(file: Blob, options: DecodeOptions = {}): Promise<Result<string>> {
  const max = options.maxBytes ?? MAX_FILE_BYTES
  if (file.size > max) return fail('file-too-large', `${Math.ceil(max / 1024 / 1024)} MB`)
  if (file.size === 0) return fail('file-empty')
  try {
    return decodeText(new Uint8Array(await file.arrayBuffer()), options)
  } catch {
    return fail('encoding')
  }
}

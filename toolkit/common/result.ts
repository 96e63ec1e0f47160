/** Why reading a file or the browser storage failed; each code has a message in both languages. */
export type ErrorCode =
  | 'file-empty'
  | 'file-too-large'
  | 'encoding'
  | 'json-syntax'
  | 'wrong-kind'
  | 'version-too-new'
  | 'invalid'
  | 'csv-syntax'
  | 'csv-columns'
  | 'csv-rows'
  | 'storage-unavailable'
  | 'storage-full'
  | 'storage-corrupt'
  | 'not-found'

export interface ToolError {
  code: ErrorCode
  /** Where or what exactly, shown after the message: a field path, a line, a limit. */
  detail?: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ToolError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(code: ErrorCode, detail?: string): Result<T> => ({ ok: false, error: detail === undefined ? { code } : { code, detail } })

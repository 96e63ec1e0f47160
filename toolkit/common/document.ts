import type { z } from 'zod/mini'
import { fail, ok, type Result } from './result'

/**
 * How a tool's document is stored and exchanged. Files and the browser storage use the same
 * envelope, `{ format, version, saved, data }`, and the same migrations, so a file written by
 * an older version of the site loads exactly like old stored data.
 */
export interface DocumentSpec<T> {
  /** e.g. `ikz-kit/stakeholder-analysis`; a file with another format is refused. */
  format: string
  /** The current schema version; data of a newer version is refused, never guessed at. */
  version: number
  /** Validates the current version. */
  schema: z.ZodMiniType<T>
  /** `migrations[n]` turns data of version n into version n + 1. */
  migrations: Record<number, (data: unknown) => unknown>
}

export interface Envelope {
  format: string
  version: number
  saved: string
  data: unknown
}

export const wrap = <T>(spec: DocumentSpec<T>, data: T, saved = new Date()): Envelope => ({ format: spec.format, version: spec.version, saved: saved.toISOString(), data })

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The first problem zod found, as `path: message`. */
function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0]
  if (!issue) return ''
  const path = issue.path.map(String).join('.')
  return path ? `${path}: ${issue.message}` : issue.message
}

/** Brings an envelope of any known version to the current one and validates it. */
export function unwrap<T>(spec: DocumentSpec<T>, value: unknown): Result<T> {
  if (!isRecord(value) || value.format !== spec.format) return fail('wrong-kind')
  const version = value.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('invalid', 'version')
  if (version > spec.version) return fail('version-too-new', String(version))
  let data = value.data
  try {
    for (let v = version; v < spec.version; v++) {
      const migrate = spec.migrations[v]
      if (!migrate) return fail('invalid', `version ${v}`)
      data = migrate(data)
    }
  } catch {
    return fail('invalid', `version ${version}`)
  }
  const parsed = spec.schema.safeParse(data)
  return parsed.success ? ok(parsed.data) : fail('invalid', firstIssue(parsed.error))
}

/** Reads a JSON file's text as a document of this kind. Never throws. */
export function parseDocument<T>(spec: DocumentSpec<T>, text: string): Result<T> {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return fail('json-syntax')
  }
  return unwrap(spec, value)
}

export const serializeDocument = <T>(spec: DocumentSpec<T>, data: T) => `${JSON.stringify(wrap(spec, data), null, 2)}\n`

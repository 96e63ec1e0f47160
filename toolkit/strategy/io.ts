import { parseDocument } from '../common/document'
import type { Result } from '../common/result'
import { ok } from '../common/result'
import type { DocumentStore } from '../common/storage'
import { decodeText } from '../common/text-file'
import { mergeWorkshops, type MergeReport } from './merge'
import { workshopSpec, type Workshop } from './schema'

/** A file's bytes as a workshop: the same decoding and validation the page uses. Never throws. */
export function readWorkshopFile(bytes: Uint8Array): Result<Workshop> {
  const text = decodeText(bytes)
  return text.ok ? parseDocument(workshopSpec, text.value) : text
}

/**
 * Merges a partner's file into the stored workshop `id` and saves the result. On any error
 * nothing is written: the stored data stays exactly as it was.
 */
export function mergeFileIntoStore(store: DocumentStore<Workshop>, id: string, bytes: Uint8Array, makeId: () => string): Result<MergeReport> {
  const current = store.load(id)
  if (!current.ok) return current
  const incoming = readWorkshopFile(bytes)
  if (!incoming.ok) return incoming
  const { workshop, report } = mergeWorkshops(current.value.data, incoming.value, makeId)
  const saved = store.save(id, workshop)
  return saved.ok ? ok(report) : saved
}

/** Imports a file as a new stored workshop; on any error nothing is written. */
export function importFileIntoStore(store: DocumentStore<Workshop>, id: string, bytes: Uint8Array): Result<Workshop> {
  const incoming = readWorkshopFile(bytes)
  if (!incoming.ok) return incoming
  const saved = store.save(id, incoming.value)
  return saved.ok ? incoming : saved
}

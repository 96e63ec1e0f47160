import { parseDocument } from '../common/document'
import type { Result } from '../common/result'
import { decodeText } from '../common/text-file'
import { stakeholdersFromCsv, type CsvVocabulary } from './csv'
import type { PresetGroup } from './presets-schema'
import type { Lang } from './presets'
import { analysisSpec, type Analysis, type Stakeholder } from './schema'

/**
 * The import paths the page uses, from the file's bytes to a result; the page reads the bytes
 * with `File.arrayBuffer()` and passes them here. Neither function throws or touches storage.
 */
export function readAnalysisBytes(bytes: Uint8Array): Result<Analysis> {
  const text = decodeText(bytes)
  return text.ok ? parseDocument(analysisSpec, text.value) : text
}

export function readRegisterCsvBytes(bytes: Uint8Array, groups: readonly PresetGroup[], vocab: Record<Lang, CsvVocabulary>, lang: Lang, newId?: () => string): Result<Stakeholder[]> {
  // Spreadsheets on older Windows systems still save CSV as Windows-1252.
  const text = decodeText(bytes, { legacyFallback: true })
  return text.ok ? stakeholdersFromCsv(text.value, groups, vocab, lang, newId) : text
}

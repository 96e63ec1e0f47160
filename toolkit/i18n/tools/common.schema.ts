import { z } from 'zod'
import { s, strings } from './strings'

/** The strings every tool shares: its documents, storage, files, undo and the error messages. */
export const commonStrings = z.strictObject({
  privacy: s,
  documents: strings('label', 'current', 'untitled', 'create', 'open', 'duplicate', 'remove', 'removeConfirm', 'removed', 'removeAll', 'removeAllConfirm', 'removedAll', 'savedAt', 'notSaved', 'memoryOnly', 'saved'),
  history: strings('undo', 'redo', 'undone', 'redone'),
  files: strings('import', 'importJson', 'importCsv', 'exportJson', 'exportCsv', 'exportMarkdown', 'exportSvg', 'exportPng', 'imported', 'exported'),
  actions: strings('cancel', 'confirm', 'close', 'edit', 'delete', 'add', 'save', 'print', 'moveUp', 'moveDown'),
  errors: strings(
    'heading',
    'file-empty',
    'file-too-large',
    'encoding',
    'json-syntax',
    'wrong-kind',
    'version-too-new',
    'invalid',
    'csv-syntax',
    'csv-columns',
    'csv-rows',
    'storage-unavailable',
    'storage-full',
    'storage-corrupt',
    'not-found',
    'unexpected',
    'unchanged',
  ),
})
export type CommonStrings = z.infer<typeof commonStrings>

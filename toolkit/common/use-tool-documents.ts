import { computed, onBeforeUnmount, onMounted, ref, shallowRef, type Ref } from 'vue'
import { format } from '../i18n/format'
import { commonFor } from '../i18n/tools'
import { parseDocument, serializeDocument, type DocumentSpec } from './document'
import { downloadText, fileName } from './download'
import { canRedo, canUndo, commit, createHistory, redo, undo, type History } from './history'
import { newId } from './ids'
import { errorMessage } from './messages'
import type { ToolError } from './result'
import { browserStorage, DocumentStore, MemoryStorage, type DocumentSummary } from './storage'
import { readTextFile } from './text-file'

export interface ToolDocumentsOptions<T> {
  spec: DocumentSpec<T>
  /** Short name of the tool in storage keys and file names, e.g. `stakeholders`. */
  tool: string
  lang: Ref<string>
  blank: () => T
  titleOf: (data: T) => string
}

export interface Notice {
  kind: 'info' | 'error'
  text: string
  /** Increases with every notice, so the same text is announced again. */
  seq: number
}

const AUTOSAVE_MS = 300

/**
 * The document life cycle every tool shares: several documents in the browser's storage,
 * autosave, undo and redo, JSON files, and messages in the page's language. Views call
 * `update` with a new document; they never touch storage or history themselves.
 */
export function useToolDocuments<T>(options: ToolDocumentsOptions<T>) {
  const t = computed(() => commonFor(options.lang.value))
  const history = shallowRef<History<T>>(createHistory(options.blank()))
  /** What the views show: the committed state or a preview during a drag. */
  const doc = shallowRef<T>(history.value.present)
  const id = ref(newId())
  const list = ref<DocumentSummary[]>([])
  const saved = ref<string | null>(null)
  const memoryOnly = ref(false)
  const notice = ref<Notice | null>(null)
  let seq = 0
  let store = new DocumentStore<T>(new MemoryStorage(), options.spec, options.tool, options.titleOf)
  let timer: ReturnType<typeof setTimeout> | undefined

  const notify = (text: string, kind: Notice['kind'] = 'info') => (notice.value = { kind, text, seq: ++seq })
  const fail = (error: ToolError) => notify(`${errorMessage(error, t.value)} ${t.value.errors.unchanged}`, 'error')

  function flush() {
    if (timer === undefined) return
    clearTimeout(timer)
    timer = undefined
    const result = store.save(id.value, history.value.present)
    if (result.ok) {
      saved.value = result.value.saved
      list.value = store.list()
    } else {
      saved.value = null
      notify(format(t.value.documents.notSaved, { reason: errorMessage(result.error, t.value) }), 'error')
    }
  }
  const scheduleSave = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(flush, AUTOSAVE_MS)
  }

  function show(h: History<T>) {
    history.value = h
    doc.value = h.present
    scheduleSave()
  }

  /** Records a change as one undo step and saves it. */
  const update = (next: T) => show(commit(history.value, next))
  /** Shows a state without recording it (while dragging); `update` records the final one. */
  const preview = (next: T) => (doc.value = next)
  const doUndo = () => {
    if (!canUndo(history.value)) return
    show(undo(history.value))
    notify(t.value.history.undone)
  }
  const doRedo = () => {
    if (!canRedo(history.value)) return
    show(redo(history.value))
    notify(t.value.history.redone)
  }

  function switchTo(newIdValue: string, data: T, savedAt: string | null) {
    flush()
    id.value = newIdValue
    history.value = createHistory(data)
    doc.value = data
    saved.value = savedAt
    store.setSetting('last', newIdValue)
  }

  /** Starts a new document (blank or given), saved at once so it appears in the list. */
  function create(data: T = options.blank()) {
    switchTo(newId(), data, null)
    scheduleSave()
    flush()
  }

  function open(docId: string) {
    const loaded = store.load(docId)
    if (!loaded.ok) return fail(loaded.error)
    switchTo(docId, loaded.value.data, loaded.value.saved)
  }

  function remove() {
    const title = options.titleOf(history.value.present) || t.value.documents.untitled
    if (!window.confirm(format(t.value.documents.removeConfirm, { title }))) return
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    const result = store.remove(id.value)
    if (!result.ok) return fail(result.error)
    list.value = store.list()
    const next = list.value[0]
    if (next) open(next.id)
    else create()
    notify(format(t.value.documents.removed, { title }))
  }

  function removeAll() {
    if (!window.confirm(t.value.documents.removeAllConfirm)) return
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    const result = store.removeAll()
    if (!result.ok) return fail(result.error)
    id.value = newId()
    history.value = createHistory(options.blank())
    doc.value = history.value.present
    saved.value = null
    list.value = store.list()
    notify(t.value.documents.removedAll)
  }

  /** Reads a JSON file into a new document; the current one and everything stored stay as they are. */
  async function importFile(file: File): Promise<T | null> {
    const text = await readTextFile(file)
    if (!text.ok) {
      fail(text.error)
      return null
    }
    const parsed = parseDocument(options.spec, text.value)
    if (!parsed.ok) {
      fail(parsed.error)
      return null
    }
    return parsed.value
  }

  async function importAsNew(file: File) {
    const data = await importFile(file)
    if (data === null) return
    create(data)
    notify(format(t.value.files.imported, { file: file.name }))
  }

  function exportJson() {
    const name = fileName(options.titleOf(history.value.present), 'json', options.tool)
    downloadText(name, serializeDocument(options.spec, history.value.present), 'application/json')
    notify(format(t.value.files.exported, { file: name }))
  }

  onMounted(() => {
    const storage = browserStorage()
    if (storage.ok) store = new DocumentStore<T>(storage.value, options.spec, options.tool, options.titleOf)
    else memoryOnly.value = true
    list.value = store.list()
    const last = store.getSetting('last')
    const first = list.value.find((d) => d.id === last) ?? list.value[0]
    if (!first) return create()
    const loaded = store.load(first.id)
    if (loaded.ok) return switchTo(first.id, loaded.value.data, loaded.value.saved)
    // A damaged entry is kept for a later version to read; work continues in a new document.
    fail(loaded.error)
    switchTo(newId(), options.blank(), null)
  })
  const onHide = () => flush()
  onMounted(() => window.addEventListener('pagehide', onHide))
  onBeforeUnmount(() => {
    flush()
    window.removeEventListener('pagehide', onHide)
  })

  return {
    t,
    doc,
    id,
    list,
    saved,
    memoryOnly,
    notice,
    canUndo: computed(() => canUndo(history.value)),
    canRedo: computed(() => canRedo(history.value)),
    update,
    preview,
    undo: doUndo,
    redo: doRedo,
    create,
    open,
    remove,
    removeAll,
    importFile,
    importAsNew,
    exportJson,
    notify,
    fail,
    flush,
  }
}

export type ToolDocuments<T> = ReturnType<typeof useToolDocuments<T>>

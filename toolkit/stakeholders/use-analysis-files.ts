import { nextTick, ref, type Ref } from 'vue'
import { downloadText, fileName } from '../common/download'
import { newId } from '../common/ids'
import { MAX_FILE_BYTES } from '../common/text-file'
import type { ToolDocuments } from '../common/use-tool-documents'
import { format } from '../i18n/format'
import { stakeholderStringsFor, type StakeholderStrings } from '../i18n/tools/stakeholders'
import { stakeholdersToCsv } from './csv'
import { readRegisterCsvBytes } from './io'
import { reportMarkdown } from './markdown'
import { applyMerge, planMerge, type Choice, type MergePlan } from './merge'
import { localToday } from './model'
import type { Lang } from './presets'
import { blankAnalysis, LIMITS, type Analysis } from './schema'
import { presets } from './use-analysis'
import { csvVocabulary } from './vocabulary'

export interface AnalysisFilesOptions {
  docs: ToolDocuments<Analysis>
  lang: Ref<Lang>
  t: Ref<StakeholderStrings>
  nameOf: (id: string) => string
  groupOf: (group: string) => string
  today: Ref<string>
  /** Reports and refuses an analysis beyond the limits. */
  tooLarge: (stakeholders: number, relations?: number) => boolean
}

// CSV files of either language are read on both pages.
const vocab = { de: csvVocabulary(stakeholderStringsFor('de')), en: csvVocabulary(stakeholderStringsFor('en')) }

/**
 * The tool's own files next to the JSON of the document bar: CSV, the Markdown report and
 * merging a partner's analysis. Exports use the names as shown, so presentation mode hides them.
 */
export function useAnalysisFiles(o: AnalysisFilesOptions) {
  const { docs } = o
  const merge = ref<MergePlan | null>(null)
  const doc = () => docs.doc.value
  const exported = (file: string) => docs.notify(format(docs.t.value.files.exported, { file }))

  function exportCsv() {
    const name = fileName(doc().title, 'csv', 'stakeholder')
    const list = doc().stakeholders.map((s) => ({ ...s, name: o.nameOf(s.id) }))
    downloadText(name, stakeholdersToCsv(list, presets.groups, o.lang.value, vocab[o.lang.value]), 'text/csv')
    exported(name)
  }

  /** A CSV file becomes a new analysis; the open one and everything stored stay as they are. */
  async function importCsv(file: File) {
    if (file.size > MAX_FILE_BYTES) return docs.fail({ code: 'file-too-large', detail: `${MAX_FILE_BYTES / 1024 / 1024} MB` })
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await file.arrayBuffer())
    } catch {
      return docs.fail({ code: 'encoding' })
    }
    const result = readRegisterCsvBytes(bytes, presets.groups, vocab, o.lang.value)
    if (!result.ok) return docs.fail(result.error)
    // The municipalities named in the file become the partners of the new analysis.
    const partners = [...new Set(result.value.map((s) => s.partner).filter(Boolean))].slice(0, LIMITS.partners)
    docs.create({ ...blankAnalysis(), title: file.name.replace(/\.[^.]+$/, ''), partners, stakeholders: result.value })
    docs.notify(format(o.t.value.files.csvImported, { n: result.value.length, file: file.name }))
  }

  function exportMarkdown() {
    const name = fileName(doc().title, 'md', 'stakeholder')
    downloadText(name, reportMarkdown(doc(), { t: o.t.value, nameOf: o.nameOf, groupOf: o.groupOf, today: o.today.value || localToday() }), 'text/markdown')
    exported(name)
  }

  async function startMerge(file: File) {
    const theirs = await docs.importFile(file)
    if (!theirs) return
    merge.value = planMerge(doc(), theirs)
    await nextTick()
    document.getElementById('ikz-sh-merge')?.focus()
  }

  /** One undo step: the merged analysis replaces the open one. */
  function applyDecisions(decisions: Record<string, Choice>) {
    if (!merge.value) return
    const merged = applyMerge(merge.value, decisions, newId)
    if (o.tooLarge(merged.stakeholders.length, merged.relations.length)) return
    docs.update(merged)
    merge.value = null
    docs.notify(o.t.value.merge.applied)
  }

  return { merge, exported, exportCsv, importCsv, exportMarkdown, startMerge, applyMerge: applyDecisions }
}

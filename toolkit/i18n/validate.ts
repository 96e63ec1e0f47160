import { parseJsonWithLines } from '../content/json-source'
import { problemsFromIssues } from '../content/issues'
import type { Problem } from '../content/problem'
import type { z } from 'zod'
import { placeholderMismatches, uiStrings } from './schema'
import { toolStringSchemas } from './tools/schemas'

/**
 * Checks every UI string file against its schema and its counterpart's placeholders. Keys are
 * paths below toolkit/i18n without `.json`: `de` for the site, `tools/<tool>/de` for a tool.
 */
export function checkAllUiStrings(files: Record<string, string>, dir = 'toolkit/i18n'): Problem[] {
  const groups = new Map<string, Record<string, string>>()
  for (const [key, text] of Object.entries(files)) {
    const at = key.lastIndexOf('/')
    const group = at < 0 ? '' : key.slice(0, at)
    groups.set(group, { ...groups.get(group), [key.slice(at + 1)]: text })
  }
  const problems: Problem[] = []
  for (const [group, langs] of groups) {
    const tool = /^tools\/([a-z-]+)$/.exec(group)?.[1]
    const schema = group === '' ? uiStrings : tool ? toolStringSchemas[tool] : undefined
    const groupDir = group ? `${dir}/${group}` : dir
    if (!schema) {
      problems.push({ file: `${groupDir}/${Object.keys(langs)[0]}.json`, line: 1, message: 'no schema for these UI strings (toolkit/i18n/tools/schemas.ts)' })
      continue
    }
    problems.push(...checkUiStrings(langs, groupDir, schema))
    for (const lang of ['de', 'en']) if (!(lang in langs)) problems.push({ file: `${groupDir}/${lang}.json`, line: 1, message: 'UI strings of this language are missing' })
  }
  for (const tool of Object.keys(toolStringSchemas))
    if (!groups.has(`tools/${tool}`)) problems.push({ file: `${dir}/tools/${tool}/de.json`, line: 1, message: 'UI strings of this tool are missing' })
  return problems
}

/** Checks both UI string files of one set (language → JSON text) against the schema and each other's placeholders. */
export function checkUiStrings(files: Record<string, string>, dir = 'toolkit/i18n', schema: z.ZodType = uiStrings): Problem[] {
  const problems: Problem[] = []
  const values: Record<string, unknown> = {}
  const locators: Record<string, (path: (string | number)[]) => number> = {}
  for (const [lang, text] of Object.entries(files)) {
    const file = `${dir}/${lang}.json`
    const parsed = parseJsonWithLines(text)
    if (!parsed.ok) {
      problems.push({ file, line: parsed.line, message: parsed.message })
      continue
    }
    const result = schema.safeParse(parsed.value, { reportInput: true })
    if (!result.success) problems.push(...problemsFromIssues(result.error.issues, file, parsed.locate))
    else {
      values[lang] = result.data
      locators[lang] = parsed.locate
    }
  }
  if (values.de && values.en)
    for (const key of placeholderMismatches(values.de, values.en))
      problems.push({ file: `${dir}/en.json`, line: locators.en?.(key.split('.')) ?? 1, field: key, message: 'uses other {placeholders} than de.json' })
  return problems
}

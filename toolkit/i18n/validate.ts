import { parseJsonWithLines } from '../content/json-source'
import { problemsFromIssues } from '../content/issues'
import type { Problem } from '../content/problem'
import { placeholderMismatches, uiStrings } from './schema'

/** Checks both UI string files (language → JSON text) against the schema and each other's placeholders. */
export function checkUiStrings(files: Record<string, string>, dir = 'toolkit/i18n'): Problem[] {
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
    const result = uiStrings.safeParse(parsed.value, { reportInput: true })
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

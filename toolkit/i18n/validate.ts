import { parseJsonWithLines } from '../content/json-source'
import { describeIssue } from '../content/data-check'
import { formatPath, type Problem } from '../content/problem'
import { placeholderMismatches, uiStrings } from './schema'

/** Checks both UI string files (language → JSON text) against the schema and each other's placeholders. */
export function checkUiStrings(files: Record<string, string>, dir = 'toolkit/i18n'): Problem[] {
  const problems: Problem[] = []
  const values: Record<string, unknown> = {}
  for (const [lang, text] of Object.entries(files)) {
    const file = `${dir}/${lang}.json`
    const parsed = parseJsonWithLines(text)
    if (!parsed.ok) {
      problems.push({ file, line: parsed.line, message: parsed.message })
      continue
    }
    const result = uiStrings.safeParse(parsed.value)
    if (!result.success)
      for (const issue of result.error.issues) {
        const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol')
        problems.push({ file, line: parsed.locate(path), field: formatPath(path), message: describeIssue(issue) })
      }
    else values[lang] = result.data
  }
  if (values.de && values.en)
    for (const key of placeholderMismatches(values.de, values.en))
      problems.push({ file: `${dir}/en.json`, line: 1, field: key, message: 'uses other {placeholders} than de.json' })
  return problems
}

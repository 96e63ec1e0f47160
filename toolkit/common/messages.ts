import { format } from '../i18n/format'
import type { CommonStrings } from '../i18n/tools'
import type { ToolError } from './result'

/** The message for an error in the page's language; a missing detail leaves no empty brackets. */
export function errorMessage(error: ToolError, t: CommonStrings): string {
  const template = t.errors[error.code] ?? t.errors.unexpected
  if (error.detail !== undefined && error.detail !== '') return format(template, { detail: error.detail })
  return template.replace(/\s*\(\{detail\}\)/g, '').replace(/\{detail\}/g, '…')
}

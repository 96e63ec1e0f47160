/** Whether a key press should open the search: `/` outside text fields, or Ctrl/Cmd+K anywhere. */
export function opensSearch(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, target: EventTarget | null): boolean {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') return true
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return false
  const el = target as { tagName?: string; isContentEditable?: boolean } | null
  const tag = el?.tagName?.toLowerCase()
  return !(el?.isContentEditable || tag === 'input' || tag === 'textarea' || tag === 'select')
}

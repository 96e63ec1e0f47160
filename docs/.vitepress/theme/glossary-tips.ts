/**
 * Glossary definitions on a page (`.ikz-term`, written by the Markdown plugin) show on hover
 * and focus through CSS. WCAG 1.4.13 asks that such content can be dismissed without moving
 * pointer or focus: Escape hides the definitions under the pointer or around the focus until
 * the pointer or focus leaves the term. One set of listeners serves every page.
 */
export function installGlossaryTips(doc: Document): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return
    for (const term of doc.querySelectorAll<HTMLElement>('.ikz-term')) {
      if (term.matches(':hover, :focus-within')) term.classList.add('dismissed')
    }
  }
  /** Leaving a term (pointer or focus) shows its definition again next time. */
  const onLeave = (e: MouseEvent | FocusEvent) => {
    const term = e.target instanceof Element ? e.target.closest('.ikz-term') : null
    if (term && !(e.relatedTarget instanceof Node && term.contains(e.relatedTarget))) term.classList.remove('dismissed')
  }
  doc.addEventListener('keydown', onKey)
  doc.addEventListener('mouseout', onLeave)
  doc.addEventListener('focusout', onLeave)
  return () => {
    doc.removeEventListener('keydown', onKey)
    doc.removeEventListener('mouseout', onLeave)
    doc.removeEventListener('focusout', onLeave)
  }
}

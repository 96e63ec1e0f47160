import type { HydrationStrategy } from 'vue'

/** Signals that the reader turns to a component; nothing of them needs handling by it. */
const SIGNALS = ['pointerover', 'focusin'] as const
/** Events a control can receive without a pointer or focus first, e.g. from assistive technology. */
const ACTIONS = ['click', 'input', 'change'] as const

/**
 * When a server-rendered component becomes interactive: at once if `now()` says the page needs
 * it (for instance, the address carries a filter state to apply), otherwise the first time the
 * reader points at it, moves focus into it or operates one of its controls.
 *
 * Until then its HTML is complete and its links work; loading the page does not spend a long
 * main-thread task on bringing it to life. A control operated before hydration is not lost:
 * a click on a button and an input or change event on a field are given again once the
 * component listens, with the value the reader chose. (A click on a checkbox is not given
 * again: its change event follows the click and reaches the component after it has hydrated.)
 */
export function hydrateWhenUsed(now: () => boolean): HydrationStrategy {
  return (hydrate, forEach) => {
    if (now()) {
      hydrate()
      return
    }
    let done = false
    const listen = (on: boolean) =>
      forEach((el) => {
        for (const type of [...SIGNALS, ...ACTIONS]) {
          if (on) el.addEventListener(type, trigger)
          else el.removeEventListener(type, trigger)
        }
      })
    function trigger(event: Event) {
      if (done) return
      done = true
      listen(false)
      const target = event.target
      const field = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement ? target : undefined
      // Hydration sets a field's bound value from the component's state, which does not know
      // yet what the reader chose; the choice is put back before the event is given again.
      const kept = field && { value: field.value, checked: field instanceof HTMLInputElement && field.checked }
      hydrate()
      if (!(target instanceof Element)) return
      const replay = event.type === 'click' ? target.closest('button') !== null : event.type === 'input' || event.type === 'change'
      if (!replay) return
      if (field && kept) {
        field.value = kept.value
        if (field instanceof HTMLInputElement) field.checked = kept.checked
      }
      target.dispatchEvent(new (event.constructor as typeof Event)(event.type, event))
    }
    listen(true)
    return () => {
      if (!done) listen(false)
    }
  }
}

/**
 * As `hydrateWhenUsed`, and also once the component comes within `margin` of the screen. For
 * a tool further down its page: it comes to life before the reader reaches it, showing what
 * the browser has stored, while loading the page spends no time on it.
 */
export function hydrateWhenNear(now: () => boolean, margin = '100% 0px'): HydrationStrategy {
  const used = hydrateWhenUsed(now)
  return (hydrate, forEach) => {
    let done = false
    let stopUsed: (() => void) | void = undefined
    const once = () => {
      if (done) return
      done = true
      observer.disconnect()
      stopUsed?.()
      hydrate()
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && once(), { rootMargin: margin })
    stopUsed = used(once, forEach)
    if (done) return
    forEach((el) => {
      if (el instanceof Element) observer.observe(el)
    })
    return () => {
      observer.disconnect()
      stopUsed?.()
    }
  }
}

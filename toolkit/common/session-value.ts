import { shallowRef, watch, type Ref } from 'vue'
import { KEY_PREFIX } from './storage'

/**
 * A value of the view that outlives a reload of the tab but not the tab itself (session
 * storage): a presentation mode that must not drop while the page is projected, a running
 * timer, whose turn it is to vote. `read` checks what was stored and returns undefined for
 * anything it does not accept; the value then starts as `initial`. Without session storage
 * (blocked by the browser) the value lasts as long as the page.
 */
export function sessionValue<T>(name: string, initial: T, read: (stored: unknown) => T | undefined): Ref<T> {
  const key = `${KEY_PREFIX}${name}`
  let start = initial
  try {
    const raw = sessionStorage.getItem(key)
    if (raw !== null) start = read(JSON.parse(raw)) ?? initial
  } catch {
    // No session storage, or not JSON: start afresh.
  }
  // Replaced as a whole, never changed in place: that is what is stored.
  const value = shallowRef(start) as Ref<T>
  watch(value, (v) => {
    try {
      if (v === initial) sessionStorage.removeItem(key)
      else sessionStorage.setItem(key, JSON.stringify(v))
    } catch {
      // As above.
    }
  })
  return value
}

/** An on/off switch kept for the tab; see `sessionValue`. */
export const sessionFlag = (name: string): Ref<boolean> => sessionValue(name, false, (v) => (v === true ? true : undefined))

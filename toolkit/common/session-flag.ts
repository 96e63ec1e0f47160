import { ref, watch, type Ref } from 'vue'
import { KEY_PREFIX } from './storage'

/**
 * A switch of the view that outlives a reload of the tab but not the tab itself (session
 * storage), such as a presentation mode that must not drop while the page is projected.
 * Without session storage (blocked by the browser) it simply starts off.
 */
export function sessionFlag(name: string): Ref<boolean> {
  const key = `${KEY_PREFIX}${name}`
  let on = false
  try {
    on = sessionStorage.getItem(key) === '1'
  } catch {
    // No session storage: the switch lasts as long as the page.
  }
  const flag = ref(on)
  watch(flag, (value) => {
    try {
      if (value) sessionStorage.setItem(key, '1')
      else sessionStorage.removeItem(key)
    } catch {
      // As above.
    }
  })
  return flag
}

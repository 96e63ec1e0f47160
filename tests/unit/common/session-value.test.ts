import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { sessionFlag, sessionValue } from '../../../toolkit/common/session-value'
import { MemoryStorage } from '../../../toolkit/common/storage'

afterEach(() => vi.unstubAllGlobals())

describe('a switch kept for the browser tab', () => {
  it('starts as it was left in this tab and writes every change', async () => {
    const store = new MemoryStorage()
    vi.stubGlobal('sessionStorage', store)
    const first = sessionFlag('tool:presentation')
    expect(first.value).toBe(false)
    first.value = true
    await nextTick()
    expect(store.getItem('ikz-kit:tool:presentation')).toBe('true')
    expect(sessionFlag('tool:presentation').value).toBe(true)
    first.value = false
    await nextTick()
    expect(store.getItem('ikz-kit:tool:presentation')).toBeNull()
    expect(sessionFlag('tool:presentation').value).toBe(false)
  })

  it('starts afresh from a stored value it does not accept', () => {
    const store = new MemoryStorage()
    vi.stubGlobal('sessionStorage', store)
    const count = (v: unknown) => (typeof v === 'number' && v >= 0 ? v : undefined)
    store.setItem('ikz-kit:tool:count', '{not json')
    expect(sessionValue('tool:count', 0, count).value).toBe(0)
    store.setItem('ikz-kit:tool:count', '-3')
    expect(sessionValue('tool:count', 0, count).value).toBe(0)
    store.setItem('ikz-kit:tool:count', '7')
    expect(sessionValue('tool:count', 0, count).value).toBe(7)
    store.setItem('ikz-kit:tool:presentation', '"yes"')
    expect(sessionFlag('tool:presentation').value).toBe(false)
  })

  it('works as a plain switch where the browser blocks session storage', async () => {
    vi.stubGlobal('sessionStorage', {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('SecurityError')
      },
      removeItem: () => {
        throw new Error('SecurityError')
      },
    })
    const flag = sessionFlag('tool:presentation')
    expect(flag.value).toBe(false)
    flag.value = true
    await nextTick()
    expect(flag.value).toBe(true)
  })
})

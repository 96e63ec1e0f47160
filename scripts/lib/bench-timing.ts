import type { Page } from 'playwright-core'
import { medianOf } from '../../toolkit/bench/budgets'

/** The median wall time of `runs` calls of a synchronous function, in milliseconds. */
export function median(runs: number, fn: () => unknown): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  return medianOf(times)
}

/** Wall time of an interaction driven from outside the page, until the page shows its result. */
export async function timeInPage(_page: Page, act: () => Promise<void>): Promise<number> {
  const start = performance.now()
  await act()
  return performance.now() - start
}

/**
 * What each pointer move costs the page while `act` runs: from the event to the end of the
 * frame that shows its result (handlers, animation callbacks, style, layout and paint). The
 * distance between animation frames would not do: headless Chromium holds it at 60 Hz however
 * little a frame costs. Chromium delivers pointer moves aligned to frames, so little idle
 * time is included. Returns the 95th percentile and the longest, in milliseconds.
 */
export async function frameTimes(page: Page, act: () => Promise<void>): Promise<{ p95: number; max: number; frames: number }> {
  // Passed as text: the TypeScript runner would wrap named functions in a helper the page lacks.
  await page.evaluate(`(() => {
    window.ikzWork = []
    window.addEventListener('pointermove', () => {
      const start = performance.now()
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => window.ikzWork.push(performance.now() - start)
        channel.port2.postMessage(0)
      })
    }, { capture: true })
  })()`)
  await act()
  await page.waitForTimeout(100)
  const frames = (await page.evaluate('window.ikzWork')) as number[]
  const sorted = [...frames].sort((a, b) => a - b)
  return { p95: sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN, max: sorted[sorted.length - 1] ?? Number.NaN, frames: frames.length }
}

import { defineAsyncComponent, type Component } from 'vue'

/**
 * Islands: parts of the layout that arrive as server-rendered HTML and load their code and
 * data only when the reader turns to them. Until then their links work as plain links and
 * loading the page spends no time bringing them to life.
 *
 * An island wakes
 * - when the reader points at it, touches it, moves focus into it or operates one of its
 *   controls (a click on a button is given again once it listens),
 * - when `wake()` of its handle is called (e.g. the mobile menu opens),
 * - before the route changes (`wakeAll`): hydration needs the page it was rendered for, so
 *   no island may still be asleep when the page changes under it.
 * After the page's first hydration, a newly mounted island loads at once.
 */

/** Signals that the reader turns to an island. */
const SIGNALS = ['pointerover', 'pointerdown', 'focusin', 'click', 'input', 'change'] as const

type Loaded = Component | { default: Component }

export interface IslandOptions {
  /** A selector that matches the island's root element(s) in the server-rendered page. */
  selector: string
  /** Loads the component. */
  load: () => Promise<Loaded>
  /**
   * Loads what the component needs besides its code and returns a function that puts it in
   * place; that function runs synchronously right before hydration (or mounting), so the
   * component renders with it and matches the server's HTML.
   */
  prepare?: () => Promise<() => void>
}

export interface Island {
  component: Component
  /** Wakes the island; resolves once it lives (has hydrated, or mounted). */
  wake: () => Promise<void>
  /** Resolves once the island lives, whatever woke it. */
  whenLive: Promise<void>
}

const sleeping = new Set<() => Promise<void>>()
let firstHydrationDone = false

/** Called once the page's first hydration has finished (the layout's `onMounted`). */
export function markHydrated(): void {
  firstHydrationDone = true
}

/** Wakes every sleeping island and resolves when all of them live. */
export async function wakeAll(): Promise<void> {
  await Promise.all([...sleeping].map((wake) => wake()))
}

const unwrap = (m: Loaded): Component => ('default' in m && m.default ? m.default : m) as Component

export function island(options: IslandOptions): Island {
  if (import.meta.env.SSR) {
    return { component: defineAsyncComponent(options.load), wake: () => Promise.resolve(), whenLive: Promise.resolve() }
  }
  let wakeUp: () => void = () => {}
  const woken = new Promise<void>((resolve) => (wakeUp = resolve))
  let live: () => void = () => {}
  const alive = new Promise<void>((resolve) => (live = resolve))
  let apply: (() => void) | undefined
  let replay: Event | undefined
  const wake = () => {
    wakeUp()
    return alive
  }

  const onSignal = (event: Event) => {
    const target = event.target
    if (!(target instanceof Element) || !target.closest(options.selector)) return
    if (event.type === 'click' && target.closest('button, [role="button"]')) replay ??= event
    stopListening()
    wakeUp()
  }
  const stopListening = () => SIGNALS.forEach((type) => document.removeEventListener(type, onSignal, true))

  const loader = async (): Promise<Component> => {
    if (!firstHydrationDone) {
      sleeping.add(wake)
      SIGNALS.forEach((type) => document.addEventListener(type, onSignal, true))
      await woken
      stopListening()
    }
    const [component, put] = await Promise.all([options.load().then(unwrap), options.prepare?.()])
    apply = put
    if (firstHydrationDone && !sleeping.has(wake)) {
      // Mounted fresh after the first hydration: nothing to match, put the data in place now.
      apply?.()
      live()
    }
    // Hydration follows the loader within a few microtasks. If it does not come, the island
    // was unmounted meanwhile, and nobody may wait for it.
    setTimeout(() => {
      sleeping.delete(wake)
      live()
    })
    return component
  }

  const component = defineAsyncComponent({
    loader,
    hydrate: (hydrate) => {
      apply?.()
      hydrate()
      sleeping.delete(wake)
      live()
      const event = replay
      replay = undefined
      if (event?.target instanceof Element) event.target.dispatchEvent(new MouseEvent('click', event as MouseEvent))
    },
  })
  return { component, wake, whenLive: alive }
}

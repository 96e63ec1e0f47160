import { defineAsyncComponent, defineComponent, h, onBeforeUnmount, onMounted, ref, type Component } from 'vue'
import { hydrateWhenNear } from '../../../../toolkit/common/hydrate-when-used'

/** The address carries a state for the page's tool: a step, answers, an anchor. */
const withState = () => window.location.search.length > 1 || window.location.hash.length > 1

/**
 * A tool that follows its page's explanations and starts as the reader approaches it: its code
 * loads and it mounts once its place comes within a screen of the viewport, at once when the
 * address carries a state for it (a step, answers, an anchor). Until then a placeholder keeps
 * its place, and reading the explanations costs no time on the tool.
 *
 * For tools that render in the browser only (inside `<ClientOnly>`): they show what the browser
 * has stored, which the server cannot know. Pages pass no loader when rendered on the server
 * (`import.meta.env.SSR ? undefined : () => import(…)`), so the server bundle leaves the tool out.
 */
export function nearView(load: (() => Promise<{ default: Component }>) | undefined): Component {
  if (!load) return { name: 'ToolPlaceholder', render: () => null }
  let reach: () => void = () => {}
  const reached = new Promise<void>((resolve) => (reach = resolve))
  const Placeholder = defineComponent({
    name: 'ToolPlaceholder',
    setup() {
      const box = ref<HTMLElement>()
      let observer: IntersectionObserver | undefined
      onMounted(() => {
        if (withState() || !box.value) return reach()
        observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && reach(), { rootMargin: '100% 0px' })
        observer.observe(box.value)
      })
      onBeforeUnmount(() => observer?.disconnect())
      return () => h('div', { ref: box, class: 'ikz-tool-pending' })
    },
  })
  return defineAsyncComponent({ loader: () => reached.then(load).then((m) => m.default), loadingComponent: Placeholder, delay: 0 })
}

/**
 * A tool whose first state the server renders (its questions, say): its HTML is there from the
 * start, and it comes to life as the reader approaches it or turns to it (hydrate-when-used.ts).
 */
export function hydratedNearView(load: () => Promise<{ default: Component }>): Component {
  return defineAsyncComponent({ loader: () => load().then((m) => m.default), hydrate: hydrateWhenNear(withState) })
}

import type { Plugin } from 'vite'

const PREFIX = 'virtual:ikz-data/'

/**
 * Data of the theme's parts that few pages show, as modules `virtual:ikz-data/<name>`: it
 * travels in the chunk of the part that imports it instead of in the site data every page
 * loads.
 */
export function partData(modules: Record<string, unknown>): Plugin {
  return {
    name: 'ikz-part-data',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined
      const name = id.slice(PREFIX.length + 1)
      if (!(name in modules)) throw new Error(`no part data "${name}"`)
      return `export default ${JSON.stringify(modules[name])}`
    },
  }
}

import type { Lang } from '../../toolkit/content/primitives'
import type { ReferenceSection } from '../../toolkit/content/pages'

/** A reference section's routes as VitePress's dynamic routes take them. */
export type SectionPaths = (lang: Lang, section: ReferenceSection) => { params: Record<string, unknown>; content: string }[]

const KEY = Symbol.for('ikz-kit.section-paths')
const registry = globalThis as Record<symbol, SectionPaths | undefined>

/**
 * The site's configuration provides the routes of the generated pages; the route files
 * (`[slug].paths.ts`) only ask for them. VitePress bundles and runs each route file on its
 * own, after the configuration: importing the data and the page generator into each of the
 * fourteen would load and evaluate them fourteen times, which costs the build about a second.
 */
export function provideSectionPaths(paths: SectionPaths): void {
  registry[KEY] = paths
}

/** The routes of a section, for a route file; the configuration must have provided them. */
export function sectionPaths(lang: Lang, section: ReferenceSection): ReturnType<SectionPaths> {
  const paths = registry[KEY]
  if (!paths) throw new Error(`no routes for ${lang}/${section}: the site configuration (docs/.vitepress/config.ts) provides them and is loaded first`)
  return paths(lang, section)
}

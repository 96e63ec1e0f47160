import type { Lang } from '../../toolkit/content/primitives'
import type { ReferenceSection } from '../../toolkit/content/pages'
import { processShared } from '../../toolkit/common/process-shared'

/** A reference section's routes as VitePress's dynamic routes take them. */
export type SectionPaths = (lang: Lang, section: ReferenceSection) => { params: Record<string, unknown>; content: string }[]

const registry = processShared('section-paths', () => ({ paths: undefined as SectionPaths | undefined }))

/**
 * The site's configuration provides the routes of the generated pages; the route files
 * (`[slug].paths.ts`) only ask for them. VitePress bundles and runs each route file on its
 * own, after the configuration: importing the data and the page generator into each of the
 * fourteen would load and evaluate them fourteen times, which costs the build about a second.
 */
export function provideSectionPaths(paths: SectionPaths | undefined): void {
  registry.paths = paths
}

/** The routes of a section, for a route file; the configuration must have provided them. */
export function sectionPaths(lang: Lang, section: ReferenceSection): ReturnType<SectionPaths> {
  if (!registry.paths) throw new Error(`no routes for ${lang}/${section}: the site configuration (docs/.vitepress/config.ts) provides them and is loaded first`)
  return registry.paths(lang, section)
}

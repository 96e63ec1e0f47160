import { listTree } from '../../../toolkit/content/load'

/** Every page of a built site as a path below its base, e.g. `en/grundlagen/was-ist-ikz.html`. */
export function builtPages(dir: string): string[] {
  return listTree(dir).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
}

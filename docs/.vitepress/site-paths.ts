import { fileURLToPath } from 'node:url'
import { dirname, resolve } from 'node:path'

/** The repository root, found from this file so the config works from any working directory. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** `IKZ_BASE=/a/sub/path` → `/a/sub/path/`; unset → `/`. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim()
  if (trimmed === '' || trimmed === '/') return '/'
  if (!/^\/?[\w.~-]+(?:\/[\w.~-]+)*\/?$/.test(trimmed)) throw new Error(`IKZ_BASE must be a URL path such as /wissen/ikz/, got "${raw}"`)
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** Lists every file below `dir` (forward slashes, relative to `dir`) without reading it. */
export function listTree(dir: string): string[] {
  const out: string[] = []
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = join(current, name)
      if (statSync(full).isDirectory()) walk(full)
      else out.push(relative(dir, full).split(sep).join('/'))
    }
  }
  walk(dir)
  return out
}

/** Reads every file below `dir` whose name passes `keep`, keyed by its path relative to `dir` (forward slashes). */
export function readTree(dir: string, keep: (rel: string) => boolean): Record<string, string> {
  const out: Record<string, string> = {}
  if (!existsSync(dir)) return out
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = join(current, name)
      const rel = relative(dir, full).split(sep).join('/')
      if (statSync(full).isDirectory()) {
        if (name !== 'node_modules' && !(name.startsWith('.') && name !== '.vitepress')) walk(full)
      } else if (keep(rel)) out[rel] = readFileSync(full, 'utf8')
    }
  }
  walk(dir)
  return out
}

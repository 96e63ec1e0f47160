/**
 * Adds lock entries for optional platform packages (other operating systems and CPUs) that
 * are missing from package-lock.json. A registry mirror that serves only the packages for
 * its own platform leaves them out when the lock is written, and `npm ci` then refuses the
 * lock. The entries carry the platform (from the package name) so npm skips them here.
 * Run after changing dependencies: `npx tsx scripts/lock-platforms.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

interface Entry {
  version?: string
  dev?: boolean
  optional?: boolean
  optionalDependencies?: Record<string, string>
  os?: string[]
  cpu?: string[]
  libc?: string[]
}

const file = resolve(import.meta.dirname, '../package-lock.json')
const lock = JSON.parse(readFileSync(file, 'utf8')) as { packages: Record<string, Entry> }

const OS: [RegExp, string][] = [
  [/darwin/, 'darwin'],
  [/win32|windows/, 'win32'],
  [/freebsd/, 'freebsd'],
  [/openbsd/, 'openbsd'],
  [/netbsd/, 'netbsd'],
  [/android/, 'android'],
  [/sunos/, 'sunos'],
  [/aix/, 'aix'],
  [/openharmony/, 'openharmony'],
  [/linux/, 'linux'],
]
const CPU = ['arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el', 'arm']

export function platformOf(name: string): Pick<Entry, 'os' | 'cpu' | 'libc'> {
  const base = name.split('/').pop() ?? name
  const os = OS.find(([re]) => re.test(base))?.[1]
  const cpu = CPU.find((c) => new RegExp(`(^|-)${c}($|-)`).test(base))
  const libc = /musl/.test(base) ? 'musl' : /gnu/.test(base) ? 'glibc' : undefined
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) }
}

let added = 0
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const parent = path === '' ? '' : `${path}/`
    if (lock.packages[`${parent}node_modules/${dep}`] || lock.packages[`node_modules/${dep}`]) continue
    lock.packages[`node_modules/${dep}`] = { version, dev: entry.dev, optional: true, ...platformOf(dep) }
    added++
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))))
writeFileSync(file, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`)
console.log(`added ${added} platform entries`)

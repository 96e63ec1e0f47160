/**
 * A value shared by every copy of a module in this process, created on first use. VitePress
 * bundles the configuration and each dynamic route file on its own, and the build script
 * loads its own copies besides, so a module-level value would exist once per bundle.
 */
export function processShared<T>(name: string, create: () => T): T {
  const slots = globalThis as Record<symbol, unknown>
  const key = Symbol.for(`ikz-kit.${name}`)
  return (slots[key] ??= create()) as T
}

/** Immutable list edits the views share: every function returns a new array. */
export const replaceById = <T extends { id: string }>(list: readonly T[], id: string, patch: Partial<T>): T[] => list.map((x) => (x.id === id ? { ...x, ...patch } : x))

export const removeById = <T extends { id: string }>(list: readonly T[], id: string): T[] => list.filter((x) => x.id !== id)

/** Moves the item at `index` by `delta` places; out of range leaves the order as it is. */
export function move<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list]
  const out = [...list]
  const [item] = out.splice(index, 1)
  out.splice(to, 0, item as T)
  return out
}

import { z } from 'zod'

/** A required, non-empty UI string. */
export const s = z.string().trim().min(1, 'must not be empty')

/** An object of the given string keys, all required. */
export const strings = <K extends string>(...keys: K[]) => z.strictObject(Object.fromEntries(keys.map((k) => [k, s])) as Record<K, typeof s>)

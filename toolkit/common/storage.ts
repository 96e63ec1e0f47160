import { type DocumentSpec, unwrap, wrap } from './document'
import { fail, ok, type Result } from './result'

/** The part of the Web Storage API the tools use; tests pass an in-memory one. */
export interface KeyValueStorage {
  readonly length: number
  key(index: number): string | null
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** Every key the site writes starts with this, so "delete all my data" finds them all. */
export const KEY_PREFIX = 'ikz-kit:'

export interface DocumentSummary {
  id: string
  title: string
  saved: string
}

export interface StoredDocument<T> extends DocumentSummary {
  data: T
}

/** The browser's local storage, or why it cannot be used (disabled, private mode, sandbox). */
export function browserStorage(): Result<KeyValueStorage> {
  try {
    const s = globalThis.localStorage
    if (!s) return fail('storage-unavailable')
    const probe = `${KEY_PREFIX}probe`
    s.setItem(probe, '1')
    s.removeItem(probe)
    return ok(s)
  } catch (e) {
    return fail(isQuotaError(e) ? 'storage-full' : 'storage-unavailable')
  }
}

function isQuotaError(e: unknown): boolean {
  if (!(e instanceof Error)) return false
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (e as Error & { code?: number }).code === 22
}

/**
 * Several documents of one tool in the browser's storage: one key per document and an index
 * of titles. A write either succeeds or leaves every stored value as it was.
 */
export class DocumentStore<T> {
  private readonly prefix: string

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly spec: DocumentSpec<T>,
    /** Short name of the tool in the keys, e.g. `stakeholders`. */
    tool: string,
    private readonly titleOf: (data: T) => string,
  ) {
    this.prefix = `${KEY_PREFIX}${tool}:`
  }

  private docKey = (id: string) => `${this.prefix}doc:${id}`

  /** The stored documents, newest first. Entries that cannot be read are left out, not deleted. */
  list(): DocumentSummary[] {
    const out: DocumentSummary[] = []
    for (const key of this.keys()) {
      if (!key.startsWith(`${this.prefix}doc:`)) continue
      try {
        const raw = JSON.parse(this.storage.getItem(key) ?? 'null') as { saved?: unknown; title?: unknown } | null
        if (raw && typeof raw.saved === 'string' && typeof raw.title === 'string') out.push({ id: key.slice(this.prefix.length + 4), title: raw.title, saved: raw.saved })
      } catch {
        // unreadable entries stay untouched; load() reports them
      }
    }
    // ISO timestamps and ids compare by code point; no collator is needed (or loaded).
    const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0)
    return out.sort((a, b) => cmp(b.saved, a.saved) || cmp(a.id, b.id))
  }

  load(id: string): Result<StoredDocument<T>> {
    let text: string | null
    try {
      text = this.storage.getItem(this.docKey(id))
    } catch {
      return fail('storage-unavailable')
    }
    if (text === null) return fail('not-found')
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      return fail('storage-corrupt')
    }
    const data = unwrap(this.spec, value)
    if (!data.ok) return data.error.code === 'version-too-new' ? data : fail('storage-corrupt', data.error.detail)
    const saved = typeof (value as { saved?: unknown }).saved === 'string' ? (value as { saved: string }).saved : ''
    return ok({ id, title: this.titleOf(data.value), saved, data: data.value })
  }

  save(id: string, data: T, now = new Date()): Result<DocumentSummary> {
    const title = this.titleOf(data)
    const text = JSON.stringify({ ...wrap(this.spec, data, now), title })
    try {
      this.storage.setItem(this.docKey(id), text)
    } catch (e) {
      return fail(isQuotaError(e) ? 'storage-full' : 'storage-unavailable')
    }
    return ok({ id, title, saved: now.toISOString() })
  }

  remove(id: string): Result<void> {
    try {
      this.storage.removeItem(this.docKey(id))
      return ok(undefined)
    } catch {
      return fail('storage-unavailable')
    }
  }

  /** Deletes every document of this tool and any other value it keeps. */
  removeAll(): Result<number> {
    try {
      const keys = this.keys()
      for (const k of keys) this.storage.removeItem(k)
      return ok(keys.length)
    } catch {
      return fail('storage-unavailable')
    }
  }

  /** A small setting of the tool (the last open document, a view), stored next to the documents. */
  getSetting(name: string): string | null {
    try {
      return this.storage.getItem(`${this.prefix}setting:${name}`)
    } catch {
      return null
    }
  }

  setSetting(name: string, value: string): void {
    try {
      this.storage.setItem(`${this.prefix}setting:${name}`, value)
    } catch {
      // a lost setting costs a click; the documents are what must not be lost
    }
  }

  private keys(): string[] {
    const keys: string[] = []
    for (let i = 0; i < this.storage.length; i++) {
      const k = this.storage.key(i)
      if (k?.startsWith(this.prefix)) keys.push(k)
    }
    return keys
  }
}

/** An in-memory storage with an optional size limit, for tests and as a fallback when the browser's is unavailable. */
export class MemoryStorage implements KeyValueStorage {
  private readonly map = new Map<string, string>()
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.map.size
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null
  }
  getItem(k: string) {
    return this.map.get(k) ?? null
  }
  setItem(k: string, v: string) {
    const used = [...this.map].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0)
    if (used + k.length + v.length > this.quota) {
      const e = new Error('quota exceeded')
      e.name = 'QuotaExceededError'
      throw e
    }
    this.map.set(k, v)
  }
  removeItem(k: string) {
    this.map.delete(k)
  }
  /** A copy of every entry, to prove in tests that nothing changed. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.map)
  }
}

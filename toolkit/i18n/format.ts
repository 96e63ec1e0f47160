/** Fills `{name}` placeholders. */
export const format = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m))

/** The `{name}` placeholders a string uses, sorted and joined. */
export const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',')

/** A calendar day written out in a language ("23. November 2026", "November 23, 2026"). */
export const longDate = (day: string | number, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(typeof day === 'number' ? day : Date.parse(`${day}T00:00:00Z`))

/** Fills `{name}` placeholders. */
export const format = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m))

/** The `{name}` placeholders a string uses, sorted and joined. */
export const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',')

/** A calendar day written out in a language ("23. November 2026", "November 23, 2026"). */
export const longDate = (day: string | number, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(typeof day === 'number' ? day : Date.parse(`${day}T00:00:00Z`))

const two = (n: number) => String(n).padStart(2, '0')
const hour12 = (h: number) => (h % 12 === 0 ? 12 : h % 12)
const meridiem = (h: number) => (h < 12 ? 'AM' : 'PM')

/**
 * A moment in local time as the tools list saved documents: "03.12.26, 18:05" or
 * "12/3/26, 6:05 PM", the text of Intl's short date and time styles. Written out by hand
 * because a page's first Intl date formatting makes the browser load locale data, a pause of
 * tens of milliseconds while a tool starts.
 */
export function shortDateTime(ms: number, lang: string): string {
  const d = new Date(ms)
  const yy = two(d.getFullYear() % 100)
  const h = d.getHours()
  if (lang.startsWith('en')) return `${d.getMonth() + 1}/${d.getDate()}/${yy}, ${hour12(h)}:${two(d.getMinutes())} ${meridiem(h)}`
  return `${two(d.getDate())}.${two(d.getMonth() + 1)}.${yy}, ${two(h)}:${two(d.getMinutes())}`
}

/** A local clock time with seconds, "18:05:09" or "06:05:09 PM" (see shortDateTime). */
export function clockTime(ms: number, lang: string): string {
  const d = new Date(ms)
  const h = d.getHours()
  if (lang.startsWith('en')) return `${two(hour12(h))}:${two(d.getMinutes())}:${two(d.getSeconds())} ${meridiem(h)}`
  return `${two(h)}:${two(d.getMinutes())}:${two(d.getSeconds())}`
}

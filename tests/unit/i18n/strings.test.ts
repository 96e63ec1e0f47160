import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { format, ui, uiFor } from '../../../toolkit/i18n'
import { clockTime, longDate, shortDateTime } from '../../../toolkit/i18n/format'
import { checkUiStrings } from '../../../toolkit/i18n/validate'

const read = (lang: string) => readFileSync(resolve(import.meta.dirname, `../../../toolkit/i18n/${lang}.json`), 'utf8')
const keys = (o: unknown, p = ''): string[] =>
  o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => keys(v, p ? `${p}.${k}` : k)) : [p]

describe('UI strings', () => {
  it('both language files match the schema and use the same placeholders', () => {
    expect(checkUiStrings({ de: read('de'), en: read('en') })).toEqual([])
  })
  it('have exactly the same keys in both languages', () => {
    expect(keys(ui.en)).toEqual(keys(ui.de))
  })
  it('are chosen by the page language', () => {
    expect(uiFor('en-GB').search.button).toBe('Search')
    expect(uiFor('de').search.button).toBe('Suchen')
  })
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{count} Treffer für „{query}“', { count: 3, query: 'Bauhof' })).toBe('3 Treffer für „Bauhof“')
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}')
  })
})

describe('dates written out', () => {
  it('gives the calendar day in each language, from a day or a timestamp, whatever the time zone', () => {
    expect(longDate('2026-11-23', 'de')).toBe('23. November 2026')
    expect(longDate('2026-11-23', 'en')).toBe('November 23, 2026')
    expect(longDate(Date.UTC(2026, 0, 1), 'de')).toBe('1. Januar 2026')
  })
})

describe('times written out without Intl', () => {
  // Every hour of a day and the turns of month and year, in the local time zone of the run.
  const moments = [
    ...Array.from({ length: 24 }, (_, h) => new Date(2026, 11, 3, h, 5, 9).getTime()),
    new Date(2026, 0, 1, 0, 0, 0).getTime(),
    new Date(2026, 9, 31, 12, 59, 59).getTime(),
    new Date(2030, 1, 28, 23, 7, 1).getTime(),
  ]
  // Newer ICU data puts a narrow no-break space before AM/PM; both are the same text to a reader.
  const intl = (s: string) => s.replace(/\u202f/g, ' ')
  it('read as Intl’s short date and time in German and English', () => {
    for (const ms of moments)
      for (const lang of ['de', 'en'])
        expect(shortDateTime(ms, lang)).toBe(intl(new Date(ms).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' })))
  })
  it('read as Intl’s clock time with seconds in German and English', () => {
    for (const ms of moments)
      for (const lang of ['de', 'en'])
        expect(clockTime(ms, lang)).toBe(intl(new Date(ms).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' })))
  })
})

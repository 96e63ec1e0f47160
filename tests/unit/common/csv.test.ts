import { describe, expect, it } from 'vitest'
import { mapColumns, parseCsv, writeCsv } from '../../../toolkit/common/csv'

describe('CSV', () => {
  it('writes what German Excel opens: BOM, semicolons, CRLF, quoted separators', () => {
    const text = writeCsv(['Name', 'Notiz'], [['Müller; Söhne', 'sagt "ja"\nund nein']])
    expect(text.startsWith('\uFEFFName;Notiz\r\n')).toBe(true)
    expect(text).toContain('"Müller; Söhne";"sagt ""ja""\nund nein"\r\n')
  })
  it('neutralises formula cells and restores them on import', () => {
    const cells = ['=HYPERLINK("x")', '+49 123', '-2', '@SUM(A1)', '\tTab', '\rCR', '\nLF', "'=bleibt?", 'normal']
    const text = writeCsv(['Wert'], cells.map((c) => [c]))
    for (const line of text.split('\r\n').slice(1, 5)) expect(line.replace(/^"/, '').startsWith("'")).toBe(true)
    const parsed = parseCsv(text)
    expect(parsed.ok && parsed.value.rows.map((r) => r[0])).toEqual(cells)
  })
  it('reads comma- and tab-separated files with and without BOM', () => {
    for (const text of ['Name,Macht\nA,1\n', '\uFEFFName\tMacht\r\nA\t1\r\n', 'Name;Macht\n\nA;1']) {
      const parsed = parseCsv(text)
      expect(parsed).toEqual({ ok: true, value: { header: ['Name', 'Macht'], rows: [['A', '1']] } })
    }
  })
  it('refuses a broken quote', () => {
    expect(parseCsv('Name;Macht\n"offen;1\n').ok).toBe(false)
  })
  it('maps headers of either language and names missing columns', () => {
    const fields = { name: ['Name'], power: ['Macht', 'Power'] }
    expect(mapColumns(['power', 'NAME'], fields, ['name', 'power'])).toEqual({ ok: true, value: { name: 1, power: 0 } })
    expect(mapColumns(['Name'], fields, ['name', 'power'])).toEqual({ ok: false, error: { code: 'csv-columns', detail: 'Macht' } })
  })
})

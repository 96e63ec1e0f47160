import { resolve } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../../toolkit/content/load-data'
import { flatten, openDataFiles, openDataPaths, toCsv } from '../../../toolkit/opendata/export'
import { FIELDS, PUBLISHED } from '../../../toolkit/opendata/fields'

describe('open data', () => {
  it('flattens localised text and nested objects into columns', () => {
    expect(flatten({ id: 'a', name: { de: 'Zweckverband', en: 'association' }, act: { url: 'u' }, list: ['x', 'y'], sources: [{ title: 't', url: 'u' }] })).toEqual({
      id: 'a',
      name_de: 'Zweckverband',
      name_en: 'association',
      'act.url': 'u',
      list: 'x | y',
      sources: 't – u',
    })
  })

  it('writes CSV that German spreadsheets open: BOM, semicolons, quoted separators, no formulas', () => {
    const csv = toCsv([{ id: 'a', note: 'Satz; mit "Anführung"', f: '=SUM(A1)', g: '-1', h: '@x' }])
    expect(csv.startsWith('\uFEFFid;note;f;g;h\r\n')).toBe(true)
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' })
    expect(parsed.data[1]).toEqual(['a', 'Satz; mit "Anführung"', "'=SUM(A1)", "'-1", "'@x"])
  })

  it('publishes every collection as JSON and CSV with one row per record', () => {
    const data = loadData(resolve(import.meta.dirname, '../../../data'))
    const files = openDataFiles(data)
    expect(Object.keys(files).sort()).toEqual(openDataPaths().sort())
    for (const name of PUBLISHED) {
      expect(JSON.parse(files[`daten/${name}.json`] ?? '')).toEqual(data[name])
      const rows = Papa.parse<Record<string, string>>((files[`daten/${name}.csv`] ?? '').slice(1), { delimiter: ';', header: true, skipEmptyLines: true })
      expect(rows.errors).toEqual([])
      expect(rows.data.map((r) => r.id)).toEqual(data[name].map((r) => r.id))
    }
  })

  it('documents every top-level field of every published collection', () => {
    const data = loadData(resolve(import.meta.dirname, '../../../data'))
    for (const name of PUBLISHED) {
      const documented = Object.keys(FIELDS[name].fields).join(' ')
      for (const record of data[name])
        for (const key of Object.keys(record)) if (!['legalPersonality', 'staff', 'bodies', 'liability', 'financing', 'procurement', 'vat', 'dataProtection', 'setupEffort', 'flexibility', 'exit', 'order'].includes(key)) expect(documented, `${name}.${key}`).toContain(key)
    }
  })
})

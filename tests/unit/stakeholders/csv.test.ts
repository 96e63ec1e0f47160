import { describe, expect, it } from 'vitest'
import { stakeholdersFromCsv, stakeholdersToCsv } from '../../../toolkit/stakeholders/csv'
import { readRegisterCsvBytes } from '../../../toolkit/stakeholders/io'
import { counter, person, presets, vocab } from './helpers'

const groups = presets.groups
const list = [
  person('1', { name: 'Bürgermeisterin; Gemeinde Ä', group: 'mayor', partner: 'Gemeinde A', role: 'sagt: "ja, aber"\nzweite Zeile', notes: '=SUMME(A1:A9)', power: 5, interest: 4, attitude: 2, legitimacy: true, strategy: 'manage', channel: 'Lenkungsgruppe, monatlich', nextContact: '2026-12-03', status: 'ongoing' }),
  person('2', { name: '-Gegner', group: 'Eigene Gruppe', notes: '+1 @mention', attitude: -2, urgency: true, status: 'paused' }),
  person('3', { name: 'Presse', group: 'press', owner: '\tTab' }),
]

describe('register as CSV', () => {
  it('writes what German spreadsheets open: BOM, semicolons, German headers and labels, formulas neutralised', () => {
    const csv = stakeholdersToCsv(list, groups, 'de', vocab.de)
    expect(csv.startsWith('\uFEFFName;Gruppe;Kommune;Rolle;Notizen;Macht;Interesse;Haltung;Legitimität;Dringlichkeit;Strategie;Kanal;Häufigkeit;Verantwortlich;Nächster Kontakt;Status\r\n')).toBe(true)
    expect(csv).toContain("'=SUMME(A1:A9)")
    expect(csv).toContain("'-Gegner")
    expect(csv).toContain("'+1 @mention")
    expect(csv).toContain('Bürgermeister/in')
    expect(csv).toContain('unterstützend;ja;nein;eng einbinden')
    expect(csv).not.toMatch(/[;\n]=/)
  })

  it('writes English headers and labels on the English page', () => {
    const csv = stakeholdersToCsv(list, groups, 'en', vocab.en)
    expect(csv.split('\r\n')[0]).toBe('\uFEFFName;Group;Municipality;Role;Notes;Power;Interest;Attitude;Legitimacy;Urgency;Strategy;Channel;Frequency;Owner;Next contact;Status')
    expect(csv).toContain('Mayor')
    expect(csv).toContain('supporter;yes;no;manage closely')
  })

  it.each(['de', 'en'] as const)('round-trips every field in %s, umlauts and separators inside fields included', (lang) => {
    const csv = stakeholdersToCsv(list, groups, lang, vocab[lang])
    const back = stakeholdersFromCsv(csv, groups, vocab, lang, counter('x'))
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.value.map(({ id: _id, ...rest }) => rest)).toEqual(list.map(({ id: _id, ...rest }) => rest))
  })

  it('reads an English file on the German page, comma separated and without BOM', () => {
    const csv = 'Name,Power,Interest,Attitude,Legitimacy,Next contact,Group\r\n"Council, Town C",5,3,rather opposed,yes,03.12.2026,Council\r\nPress,2,,,,,Journalists\r\n'
    const back = stakeholdersFromCsv(csv, groups, vocab, 'de', counter())
    expect(back.ok && back.value.map((s) => [s.name, s.power, s.interest, s.attitude, s.legitimacy, s.nextContact, s.group])).toEqual([
      ['Council, Town C', 5, 3, -1, true, '2026-12-03', 'council'],
      ['Press', 2, 3, 0, false, '', 'Journalists'],
    ])
  })

  it('reads Windows-1252 files from older spreadsheets', () => {
    const bytes = new Uint8Array([...'Name;Macht\r\nK'].map((c) => c.charCodeAt(0)).concat([0xe4], [...'mmerei;4\r\n'].map((c) => c.charCodeAt(0))))
    const back = readRegisterCsvBytes(bytes, groups, vocab, 'de', counter())
    expect(back.ok && back.value[0]!.name).toBe('Kämmerei')
  })

  it('names the row and column of the first bad cell in the page language', () => {
    const bad = (csv: string, lang: 'de' | 'en' = 'de') => stakeholdersFromCsv(csv, groups, vocab, lang, counter())
    expect(bad('Name;Macht\nA;4\nB;7\n')).toEqual({ ok: false, error: { code: 'invalid', detail: 'Zeile 3, Spalte Macht' } })
    expect(bad('Name;Power\nA;x\n', 'en')).toEqual({ ok: false, error: { code: 'invalid', detail: 'row 2, column Power' } })
    expect(bad('Name;Nächster Kontakt\nA;31.02.2026\n')).toMatchObject({ ok: false, error: { detail: 'Zeile 2, Spalte Nächster Kontakt' } })
    expect(bad('Name;Macht\n;4\n')).toMatchObject({ ok: false, error: { detail: 'Zeile 2, Spalte Name' } })
    expect(bad('Titel;Macht\nA;4\n')).toEqual({ ok: false, error: { code: 'csv-columns', detail: 'Name' } })
    expect(bad('Name;Rolle\nA;"offen\n')).toMatchObject({ ok: false, error: { code: 'csv-syntax' } })
    expect(bad(`Name;Rolle\nA;${'x'.repeat(5000)}\n`)).toMatchObject({ ok: false, error: { code: 'invalid', detail: 'Zeile 2, Spalte Rolle' } })
  })
})

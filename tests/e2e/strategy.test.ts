import { readFile } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { axeViolations } from './support/axe'
import { useBrowser } from './support/chromium'
import { scrollToTool } from './support/pages'
import { watchPage } from './support/watch'

const rootUrl = inject('rootUrl')
const browser = useBrowser()
const pageUrl = `${rootUrl}werkzeuge/leitbild-werkstatt.html`
const markup = '<img src=x onerror="window.__xss=1">Anlass <b>fett</b>'

/** Types into a field and leaves it, as a person does; the tool records a field on change. */
async function set(field: Locator, value: string) {
  await field.fill(value)
  await field.blur()
}
const step = (page: Page, name: string | RegExp) => page.locator('.ikz-snav').getByRole('button', { name })
const card = (page: Page, text: string) => page.locator('.ikz-card', { hasText: text })
const stored = (page: Page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('ikz-kit:strategy:doc:')).map((k) => [k, localStorage.getItem(k)])))
const saved = (page: Page) => page.locator('.ikz-docbar-status', { hasText: 'Gespeichert um' }).waitFor()

async function open(page: Page, url = pageUrl) {
  await page.goto(url, { waitUntil: 'networkidle' })
  await scrollToTool(page)
  await page.locator('.ikz-strategy .ikz-snav').waitFor()
}

describe('Leitbild workshop', () => {
  it('walks every step, votes, persists, exports, re-imports, merges, and generates the document', async () => {
    const context = await browser().newContext({ acceptDownloads: true })
    // Validating files runs zod in the browser; the strict Content-Security-Policy must not object.
    await context.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] }
      w.cspViolations = []
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    const page = await context.newPage()
    page.on('dialog', (d) => d.accept())
    const report = watchPage(page, new URL(rootUrl).origin)
    await open(page)

    // 1 Clarification
    expect(await step(page, /Auftragsklärung/).getAttribute('aria-current')).toBe('step')
    await set(page.getByLabel('Titel der Werkstatt'), 'Werkstatt Verwaltungsverbund')
    await set(page.getByLabel('Anlass und Zweck'), markup)
    for (const name of ['Gemeinde A', 'Stadt B']) {
      await page.getByLabel('Name der Kommune').fill(name)
      await page.getByLabel('Name der Kommune').press('Enter')
    }
    expect(await page.locator('.ikz-s-chips li').allTextContents()).toEqual(['Gemeinde A×', 'Stadt B×'])
    expect(await axeViolations(page)).toEqual([])

    // 2 SWOT and TOWS
    await step(page, /Ausgangslage/).click()
    expect(await step(page, /Ausgangslage/).getAttribute('aria-current')).toBe('step')
    expect(await step(page, /Auftragsklärung/).getAttribute('aria-current')).toBeNull()
    await page.getByLabel('Neuer Punkt (Stärken)').fill('Gemeinsamer Bauhof')
    await page.getByLabel('Neuer Punkt (Stärken)').press('Enter')
    await page.getByLabel('Neuer Punkt (Chancen)').fill('Förderprogramm Digitalisierung')
    await page.getByLabel('Neuer Punkt (Chancen)').press('Enter')
    await page.getByRole('button', { name: 'Strategie hinzufügen (SO)' }).click()
    await set(page.getByLabel('Strategie SO 1'), 'Bauhof-Know-how für den Förderantrag nutzen')
    expect(await page.locator('.ikz-tows').textContent()).toContain('Verbinden Sie mindestens einen internen und einen externen Punkt.')
    await page.locator('.ikz-tows-links').getByLabel('Gemeinsamer Bauhof').check()
    await page.locator('.ikz-tows-links').getByLabel('Förderprogramm Digitalisierung').check()
    expect(await page.locator('.ikz-tows').textContent()).not.toContain('Verbinden Sie mindestens')

    // Workshop mode: cards, clusters by keyboard and by drag, dot voting
    for (const text of ['Gemeinsame Servicestelle', 'Digitale Anträge', 'Einheitliche Gebühren']) {
      await page.getByLabel('Neue Ideenkarte').fill(text)
      await page.getByLabel('Neue Ideenkarte').press('Enter')
    }
    await page.getByRole('button', { name: 'Bearbeiten: Einheitliche Gebühren' }).click()
    await page.getByLabel('Karte bearbeiten').fill('Einheitliche Gebührensatzung')
    await page.getByLabel('Karte bearbeiten').press('Enter')
    expect(await card(page, 'Einheitliche Gebührensatzung').count()).toBe(1)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Bearbeiten: Einheitliche Gebührensatzung')
    await page.getByLabel('Neues Cluster').fill('Service')
    await page.getByLabel('Neues Cluster').press('Enter')
    const service = page.locator('.ikz-cluster', { has: page.locator('h5', { hasText: 'Service' }) })
    await page.getByLabel('Verschieben nach: Gemeinsame Servicestelle').selectOption({ label: 'Service' })
    expect(await service.locator('.ikz-card-text').allTextContents()).toEqual(['Gemeinsame Servicestelle'])
    await card(page, 'Digitale Anträge').dragTo(service)
    expect(await service.locator('.ikz-card-text').allTextContents()).toEqual(['Gemeinsame Servicestelle', 'Digitale Anträge'])
    await page.getByRole('button', { name: 'Nach oben: Digitale Anträge' }).click()
    expect(await service.locator('.ikz-card-text').allTextContents()).toEqual(['Digitale Anträge', 'Gemeinsame Servicestelle'])
    await page.getByRole('button', { name: 'Bearbeiten: Service' }).click()
    await page.getByLabel('Cluster umbenennen').fill('Service und Bürgerbüro')
    await page.getByLabel('Cluster umbenennen').press('Enter')
    expect(await service.locator('h5').textContent()).toBe('Service und Bürgerbüro')
    expect(await page.getByLabel('Verschieben nach: Gemeinsame Servicestelle').locator('option:checked').textContent()).toBe('Service und Bürgerbüro')

    for (const [name, municipality] of [['A', 'Gemeinde A'], ['B', 'Stadt B']] as const) {
      await page.getByLabel('Name oder Kürzel').fill(name)
      await page.getByLabel('Kommune', { exact: true }).fill(municipality)
      await page.getByRole('button', { name: 'Person hinzufügen' }).click()
    }
    await set(page.getByLabel('Punkte je Person'), '2')
    expect(await page.getByLabel('Es stimmt ab').inputValue()).not.toBe('')
    const voteOn = (text: string) => page.getByRole('button', { name: `Punkt setzen: ${text}` })
    await voteOn('Gemeinsame Servicestelle').click()
    await voteOn('Gemeinsame Servicestelle').click()
    expect(await voteOn('Digitale Anträge').isDisabled()).toBe(true)
    expect(await page.locator('.ikz-voting').textContent()).toContain('A (Gemeinde A): noch 0 von 2 Punkten')
    await page.getByLabel('Es stimmt ab').selectOption({ label: 'B (Stadt B)' })
    // Whose turn it is stays through a reload, as do the votes cast.
    await page.waitForTimeout(600)
    await page.reload({ waitUntil: 'networkidle' })
    await scrollToTool(page)
    await page.locator('.ikz-strategy .ikz-snav').waitFor()
    expect(await page.getByLabel('Es stimmt ab').locator('option:checked').textContent()).toBe('B (Stadt B)')
    expect(await page.locator('.ikz-voting').textContent()).toContain('A (Gemeinde A): noch 0 von 2 Punkten')
    await voteOn('Digitale Anträge').click()
    // Hidden until revealed: no count anywhere on the cards.
    expect(await page.locator('.ikz-card-votes').count()).toBe(0)
    await page.getByRole('button', { name: 'Ergebnis aufdecken' }).click()
    expect(await card(page, 'Gemeinsame Servicestelle').locator('.ikz-card-votes').textContent()).toBe('Punkte: 2')
    expect(await card(page, 'Digitale Anträge').locator('.ikz-card-votes').textContent()).toBe('Punkte: 1')
    expect(await card(page, 'Einheitliche Gebühren').locator('.ikz-card-votes').textContent()).toBe('Punkte: 0')
    expect(await axeViolations(page)).toEqual([])

    // Projector layout
    await page.getByRole('button', { name: 'Beamer-Ansicht' }).click()
    expect(await page.locator('.ikz-strategy.ikz-projector').count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Beamer-Ansicht' }).getAttribute('aria-pressed')).toBe('true')
    await page.reload({ waitUntil: 'networkidle' })
    await scrollToTool(page)
    await page.locator('.ikz-strategy .ikz-snav').waitFor()
    expect(await page.locator('.ikz-strategy.ikz-projector').count()).toBe(1)
    await page.getByRole('button', { name: 'Beamer-Ansicht' }).click()
    expect(await page.locator('.ikz-strategy.ikz-projector').count()).toBe(0)

    // 3 Vision, 4 Mission
    await page.getByRole('button', { name: 'Weiter', exact: true }).click()
    await set(page.getByLabel('Zieljahr'), '2040')
    await page.getByRole('button', { name: 'Satzanfang einfügen' }).click()
    expect(await page.getByLabel('Vision', { exact: true }).inputValue()).toMatch(/^Im Jahr 2040 ist unsere Kooperation/)
    await set(page.getByLabel('Vision', { exact: true }), 'Im Jahr 2040 erledigen alle Menschen ihre Anliegen an einer Stelle.')
    await step(page, /Mission/).click()
    await set(page.getByLabel('Wir (wer ist die Kooperation?)'), 'Wir, der Verbund,')
    await set(page.getByLabel('um was zu erreichen?'), 'damit die Verwaltung verlässlich bleibt.')
    expect(await page.locator('.ikz-mission-preview').textContent()).toBe('Wir, der Verbund, damit die Verwaltung verlässlich bleibt.')

    // 5 Values: pick, add, rank
    await step(page, /Werte/).click()
    await page.getByLabel('Transparenz').check()
    await page.getByLabel('Verlässlichkeit').check()
    await page.getByLabel('Eigener Wert').fill('Mut')
    await page.getByRole('button', { name: 'Eigenen Wert hinzufügen' }).click()
    await page.getByRole('button', { name: 'Nach oben: Verlässlichkeit' }).click()
    expect(await page.locator('.ikz-values-ranked strong').allTextContents()).toEqual(['Rang 1: Verlässlichkeit', 'Rang 2: Transparenz', 'Rang 3: Mut'])

    // 6 Principles
    await step(page, /Leitsätze/).click()
    await page.getByRole('button', { name: 'Leitsatz hinzufügen' }).click()
    await set(page.getByLabel('Handlungsfeld (1)'), 'Digitalisierung')
    await set(page.getByLabel('Leitsatz (ein bis zwei Sätze) (1)'), 'Neue Verfahren führen wir einmal für alle ein.')

    // 7 Goals with the SMART check
    await step(page, /Strategische Ziele/).click()
    await page.getByRole('button', { name: 'Ziel hinzufügen' }).click()
    const goal = page.locator('.ikz-s-card', { has: page.locator('h4', { hasText: 'Ziel 1' }) })
    await set(goal.getByLabel('Ziel', { exact: true }), 'Die Zusammenarbeit verbessern')
    expect(await goal.locator('.ikz-smart-result').textContent()).toBe('SMART-Prüfung: Es fehlt eine Kennzahl, ein Zielwert, ein Termin, eine verantwortliche Stelle.')
    expect(await goal.locator('.ikz-smart').textContent()).toContain('Vage Wörter: verbessern')
    await set(goal.getByLabel('Kennzahl'), 'Online-Leistungen')
    await set(goal.getByLabel('Zielwert'), '10')
    await goal.getByLabel('Termin').fill('2030-12-31')
    await set(goal.getByLabel('Verantwortlich'), 'Geschäftsstelle')
    expect(await goal.locator('.ikz-smart-result').textContent()).toBe('SMART-Prüfung: Das Ziel ist überprüfbar.')

    // 8 Measures and the portfolio
    await step(page, /Maßnahmen/).click()
    await page.getByRole('button', { name: 'Maßnahme hinzufügen' }).click()
    const measure = page.locator('.ikz-s-card', { has: page.locator('h4', { hasText: 'Maßnahme 1' }) })
    await set(measure.getByLabel('Maßnahme', { exact: true }), 'Portal ausschreiben')
    await measure.getByLabel('Ende').fill('2020-06-30')
    await measure.getByLabel('Stand').selectOption('running')
    await set(measure.getByLabel('Budget (Euro)'), '25000')
    await measure.getByLabel('Zu Ziel').selectOption({ index: 1 })
    await measure.getByLabel('Stadt B').check()
    expect(await page.locator('.ikz-portfolio-critical').textContent()).toBe('Portal ausschreibenüberfällig')
    expect(await page.locator('.ikz-portfolio').textContent()).toContain('1 Maßnahmen')
    await page.locator('.ikz-portfolio-all summary').click()
    expect(await page.locator('.ikz-portfolio-all').textContent()).toContain('1. Die Zusammenarbeit verbessern')
    expect(await page.locator('.ikz-portfolio-all li').textContent()).toBe('Portal ausschreiben · läuft · Ende: 30.06.2020überfällig')

    // 9 Indicators and review
    await step(page, /Kennzahlen und Überprüfung/).click()
    await page.getByRole('button', { name: 'Kennzahlen aus den Zielen übernehmen' }).click()
    expect(await page.getByLabel('Kennzahl', { exact: true }).inputValue()).toBe('Online-Leistungen')
    expect(await page.getByLabel('Zielwert').inputValue()).toBe('10')
    await set(page.getByLabel('Ausgangswert'), '0')
    await page.getByRole('button', { name: 'Überprüfung hinzufügen' }).click()
    await page.getByLabel('Datum (1)').fill('2028-01-01')
    await set(page.getByLabel('Wert (1)'), '5')
    expect(await page.locator('.ikz-progress').textContent()).toContain('Fortschritt: 50 % des Wegs vom Ausgangs- zum Zielwert')
    await page.getByRole('button', { name: 'Überprüfung hinzufügen' }).click()
    await page.getByLabel('Datum (2)').fill('2029-01-01')
    await set(page.getByLabel('Wert (2)'), '8')
    expect(await page.locator('.ikz-progress').textContent()).toContain('Fortschritt: 80 %')
    expect(await page.locator('.ikz-progress-history li').allTextContents()).toEqual(['01.01.2028: 5 (50 %)', '01.01.2029: 8 (80 %)'])
    expect(await axeViolations(page)).toEqual([])

    // Reload: everything is still there
    await saved(page)
    expect(page.url()).toContain('schritt=indicators')
    await page.reload({ waitUntil: 'networkidle' })
    await page.locator('.ikz-strategy .ikz-snav').waitFor()
    expect(await page.getByLabel('Titel der Werkstatt').inputValue()).toBe('Werkstatt Verwaltungsverbund')
    // The same step is open again, with its data.
    expect(await step(page, /Kennzahlen und Überprüfung/).getAttribute('aria-current')).toBe('step')
    expect(await page.getByLabel('Ausgangswert').inputValue()).toBe('0')
    await step(page, /Auftragsklärung/).click()
    expect(await page.getByLabel('Anlass und Zweck').inputValue()).toBe(markup)

    // The document: every section, markup as text, downloads, print
    await step(page, 'Dokument').click()
    const preview = page.locator('.ikz-sdoc-preview')
    expect(await preview.locator('h4').allTextContents()).toEqual(['1. Präambel und Anlass', '2. Ausgangslage', '3. Vision', '4. Mission', '5. Werte', '6. Leitsätze', '7. Strategische Ziele', '8. Maßnahmen', '9. Kennzahlen und Überprüfung', '10. Entstehung und Fortschreibung'])
    expect(await preview.textContent()).toContain(markup)
    expect(await preview.locator('img, b').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
    expect(await preview.locator('.ikz-sdoc-values li').allTextContents()).toEqual(['Verlässlichkeit', 'Transparenz', 'Mut'])
    expect(await preview.locator('.ikz-sdoc-measures td').allTextContents()).toContain('Portal ausschreiben')
    expect(await axeViolations(page)).toEqual([])

    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als Markdown herunterladen' }).click()])
    expect(md.suggestedFilename()).toBe('Werkstatt Verwaltungsverbund.md')
    const markdown = await readFile((await md.path()) ?? '', 'utf8')
    expect(markdown).toContain('# Werkstatt Verwaltungsverbund')
    expect(markdown).toContain('\\<img src=x onerror="window.\\_\\_xss=1"\\>Anlass \\<b\\>fett\\</b\\>')
    expect(markdown).toContain('## 7. Strategische Ziele')
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als HTML herunterladen' }).click()])
    const htmlText = await readFile((await html.path()) ?? '', 'utf8')
    expect(htmlText).toContain('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;Anlass')
    expect(htmlText).toMatch(/@page\{size:A4/)

    // Print shows only the document: checked with print styles while the dialogue would be open.
    await page.emulateMedia({ media: 'print' })
    await page.evaluate(() => {
      window.print = () => {
        const shown = (sel: string) => getComputedStyle(document.querySelector(sel) as Element).display !== 'none'
        ;(window as unknown as { __printed: unknown }).__printed = { doc: shown('.ikz-sdoc-print'), app: shown('#app'), text: document.querySelector('.ikz-sdoc-print')?.textContent?.includes('Portal ausschreiben') }
      }
    })
    await page.getByRole('button', { name: 'Drucken oder als PDF speichern' }).click()
    expect(await page.evaluate(() => (window as unknown as { __printed: unknown }).__printed)).toEqual({ doc: true, app: false, text: true })
    expect(await page.locator('.ikz-sdoc-print').count()).toBe(0)
    await page.emulateMedia({ media: 'screen' })

    // JSON export and re-import as a new workshop: a full round trip
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Als JSON exportieren' }).click()])
    const exported = JSON.parse(await readFile((await json.path()) ?? '', 'utf8')) as { format: string; version: number; data: unknown }
    expect(exported.format).toBe('ikz-kit/leitbild-workshop')
    expect(exported.version).toBe(2)
    await page.locator('input[type=file][aria-label="JSON-Datei importieren"]').setInputFiles((await json.path()) ?? '')
    await page.locator('.ikz-docbar-info', { hasText: 'wurde importiert' }).waitFor()
    await saved(page)
    const docs = Object.values(await stored(page)).map((v) => JSON.parse(v ?? '{}') as { data: unknown })
    expect(docs).toHaveLength(2)
    expect(docs[0]?.data).toEqual(docs[1]?.data)
    expect(docs[0]?.data).toEqual(exported.data)

    // A malformed file: a clear message, nothing stored changes
    const before = await stored(page)
    await page.locator('input[type=file][aria-label="JSON-Datei importieren"]').setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"ikz-kit/leitbild-workshop","version":2,"data":{"ti') })
    // Files are read asynchronously: wait for the message rather than read the alert at once.
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Die Datei ist kein gültiges JSON')
    const foreign = { format: 'ikz-kit/stakeholder-analysis', version: 1, saved: '2026-01-01T00:00:00Z', data: {} }
    await page.locator('input[type=file][aria-label="Beiträge von Partnern zusammenführen"]').setInputFiles({ name: 'fremd.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(foreign)) })
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Die Datei stammt nicht aus diesem Werkzeug.')
    expect(await stored(page)).toEqual(before)

    // Merging a partner's file: new items added, duplicates recognised
    const partner = structuredClone(exported) as { data: { swot: { strengths: { id: string; text: string; author: string }[] } } }
    partner.data.swot.strengths = [{ id: 'p1', text: 'gemeinsamer  BAUHOF!', author: 'Markt C' }, { id: 'p2', text: 'Erfahrene Kämmereien', author: 'Markt C' }]
    await page.locator('input[type=file][aria-label="Beiträge von Partnern zusammenführen"]').setInputFiles({ name: 'markt-c.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(partner)) })
    const info = (await page.locator('.ikz-docbar-info', { hasText: 'markt-c.json' }).textContent()) ?? ''
    expect(info).toMatch(/„markt-c\.json“ zusammengeführt: 1 neu, \d+ als bereits vorhanden erkannt\./)
    expect(info).toContain('gemeinsamer  BAUHOF!')
    await step(page, /Ausgangslage/).click()
    expect(await page.locator('.ikz-swot-strengths .ikz-edit-text').allTextContents()).toEqual(['Gemeinsamer Bauhof', 'Erfahrene Kämmereien'])

    expect(report.foreignRequests).toEqual([])
    expect(report.consoleErrors).toEqual([])
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
    await context.close()
  })

  it('undoes and redoes, deletes all data, and announces the end of the silent-writing time', async () => {
    const context = await browser().newContext()
    const page = await context.newPage()
    page.on('dialog', (d) => d.accept())
    await page.clock.install()
    await open(page)
    await page.getByLabel('Name der Kommune').fill('Gemeinde A')
    await page.getByLabel('Name der Kommune').press('Enter')
    await page.getByRole('button', { name: 'Rückgängig' }).click()
    expect(await page.locator('.ikz-s-chips li').count()).toBe(0)
    await page.getByRole('button', { name: 'Wiederholen' }).click()
    expect(await page.locator('.ikz-s-chips li').allTextContents()).toEqual(['Gemeinde A×'])

    await set(page.getByLabel('Minuten'), '1')
    expect(await page.getByTestId('timer').textContent()).toBe('1:00')
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    expect(await page.getByRole('button', { name: 'Pause' }).isEnabled()).toBe(true)
    await page.clock.runFor(30_000)
    expect(await page.getByTestId('timer').textContent()).toBe('0:30')
    // The writing phase goes on while the moderator opens another step.
    await step(page, /Vision/).click()
    expect(await page.getByTestId('timer').textContent()).toBe('0:30')
    await page.getByRole('button', { name: 'Pause' }).click()
    await page.clock.runFor(60_000)
    expect(await page.getByTestId('timer').textContent()).toBe('0:30')
    expect(await page.locator('.ikz-timer-end').textContent()).toBe('')
    await page.getByRole('button', { name: 'Start', exact: true }).click()
    await page.clock.runFor(10_000)
    expect(await page.getByTestId('timer').textContent()).toBe('0:20')
    // A reload in the middle of the phase neither stops nor restarts it (the reload itself takes a moment).
    await page.reload({ waitUntil: 'networkidle' })
    await scrollToTool(page)
    await page.locator('.ikz-strategy .ikz-snav').waitFor()
    expect(await page.getByTestId('timer').textContent()).toMatch(/^0:(1\d|20)$/)
    expect(await page.getByRole('button', { name: 'Pause' }).isEnabled()).toBe(true)
    await page.clock.runFor(21_000)
    expect(await page.getByTestId('timer').textContent()).toBe('0:00')
    expect(await page.locator('.ikz-timer-end').getAttribute('aria-live')).toBe('assertive')
    expect(await page.locator('.ikz-timer-end').textContent()).toBe('Die Zeit für stilles Schreiben ist um.')
    await page.getByRole('button', { name: 'Zurücksetzen', exact: true }).click()
    expect(await page.getByTestId('timer').textContent()).toBe('1:00')

    await page.clock.runFor(1000)
    await page.locator('.ikz-docbar-danger summary').click()
    await page.locator('.ikz-docbar-danger').getByRole('button', { name: 'Alle meine Daten löschen' }).click()
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ikz-kit:strategy:')))).toEqual([])
    await step(page, /Auftragsklärung/).click()
    expect(await page.locator('.ikz-s-chips li').count()).toBe(0)
    await context.close()
  })

  it('moves a card into a cluster by touch, by its grip', async () => {
    const context = await browser().newContext({ hasTouch: true, viewport: { width: 800, height: 900 } })
    const page = await context.newPage()
    await open(page)
    for (const text of ['Gemeinsame Servicestelle', 'Digitale Anträge']) {
      await page.getByLabel('Neue Ideenkarte').fill(text)
      await page.getByLabel('Neue Ideenkarte').press('Enter')
    }
    await page.getByLabel('Neues Cluster').fill('Service')
    await page.getByLabel('Neues Cluster').press('Enter')
    const service = page.locator('.ikz-cluster', { has: page.locator('h5', { hasText: 'Service' }) })
    const grip = card(page, 'Digitale Anträge').locator('.ikz-card-grip')
    await grip.scrollIntoViewIfNeeded()
    const from = (await grip.boundingBox())!
    const to = (await service.locator('h5').boundingBox())!
    const cdp = await context.newCDPSession(page)
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] })
    const [x0, y0] = [from.x + from.width / 2, from.y + from.height / 2]
    const [x1, y1] = [to.x + 20, to.y + to.height + 10]
    await touch('touchStart', x0, y0)
    for (let i = 1; i <= 8; i++) await touch('touchMove', x0 + ((x1 - x0) * i) / 8, y0 + ((y1 - y0) * i) / 8)
    expect(await service.getAttribute('class')).toContain('ikz-drop')
    await touch('touchEnd', x1, y1)
    await expect.poll(() => service.locator('.ikz-card-text').allTextContents()).toEqual(['Digitale Anträge'])
    expect(await service.getAttribute('class')).not.toContain('ikz-drop')
    expect(await card(page, 'Digitale Anträge').getAttribute('style')).toBeFalsy()
    await context.close()
  })

  it('works in English, at 320 px, with keyboard-only voting, and without storage', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 800 } })
    const page = await context.newPage()
    const report = watchPage(page, new URL(rootUrl).origin)
    await open(page, `${rootUrl}en/werkzeuge/leitbild-werkstatt.html`)
    expect(await page.locator('h1').textContent()).toContain('Mission statement workshop')
    expect(await step(page, /Clarification/).getAttribute('aria-current')).toBe('step')
    await step(page, /Values/).click()
    expect(await page.locator('.ikz-strategy-step h3').textContent()).toBe('5. Values')
    expect(await page.locator('.ikz-sg').textContent()).toContain('Guiding questions')

    // Keyboard only: add a card, a participant, vote with Enter, reveal.
    await page.getByLabel('New idea card').focus()
    await page.keyboard.type('Shared service desk')
    await page.keyboard.press('Enter')
    await page.getByLabel('Name or initials').focus()
    await page.keyboard.type('P1')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Place dot: Shared service desk' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Reveal result' }).focus()
    await page.keyboard.press('Enter')
    expect(await card(page, 'Shared service desk').locator('.ikz-card-votes').textContent()).toBe('Dots: 1')

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await step(page, 'Document').click()
    expect(await page.locator('.ikz-sdoc-preview h4').first().textContent()).toBe('1. Preamble and occasion')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    expect(await axeViolations(page)).toEqual([])
    expect(report.consoleErrors).toEqual([])
    await context.close()

    // Storage blocked by policy: the tool says so in the page's language and keeps working in memory.
    const blocked = await browser().newContext()
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError') } })
    })
    const p2 = await blocked.newPage()
    await open(p2, `${rootUrl}en/werkzeuge/leitbild-werkstatt.html`)
    expect(await p2.locator('.ikz-docbar-status').textContent()).toContain('storage is not available')
    await p2.getByLabel('Name of the municipality').fill('Municipality A')
    await p2.getByLabel('Name of the municipality').press('Enter')
    expect(await p2.locator('.ikz-s-chips li').allTextContents()).toEqual(['Municipality A×'])
    await blocked.close()

    // Storage full: the change stays on screen, the message says it was not saved, the stored workshop is untouched.
    const full = await browser().newContext()
    const p3 = await full.newPage()
    await open(p3)
    await p3.getByLabel('Name der Kommune').fill('Gemeinde A')
    await p3.getByLabel('Name der Kommune').press('Enter')
    await saved(p3)
    const before = await stored(p3)
    await p3.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError')
      }
    })
    await p3.getByLabel('Name der Kommune').fill('Stadt B')
    await p3.getByLabel('Name der Kommune').press('Enter')
    await expect.poll(() => p3.getByRole('alert').textContent()).toContain('Nicht gespeichert: Der Speicher dieses Browsers ist voll.')
    expect(await p3.locator('.ikz-s-chips li').allTextContents()).toEqual(['Gemeinde A×', 'Stadt B×'])
    expect(await stored(p3)).toEqual(before)
    await full.close()
  })
})

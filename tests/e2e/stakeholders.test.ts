import { readFileSync } from 'node:fs'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { axeViolations } from './support/axe'
import { useBrowser } from './support/chromium'
import { scrollToTool } from './support/pages'
import { watchPage } from './support/watch'

const rootUrl = inject('rootUrl')
const subUrl = inject('subUrl')
const origin = new URL(rootUrl).origin
const browser = useBrowser()
const DE = 'werkzeuge/stakeholder-analyse.html'
const EN = 'en/werkzeuge/stakeholder-analyse.html'

async function open(context: BrowserContext, path = DE) {
  const page = await context.newPage()
  const report = watchPage(page, origin)
  page.on('dialog', (d) => void d.accept())
  await page.goto(`${rootUrl}${path}`, { waitUntil: 'networkidle' })
  await scrollToTool(page)
  await page.waitForSelector('.ikz-sh-count')
  return { page, report }
}

const count = (page: Page) => page.textContent('.ikz-sh-count')
const storedEntries = (page: Page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('ikz-kit:stakeholders:doc:')).map((k) => [k, localStorage.getItem(k)])))

/** The screen position of a point in the grid's own coordinates. */
async function gridToScreen(page: Page, x: number, y: number) {
  return page.evaluate(
    (at) => {
      const svg = document.querySelector('.ikz-sh-grid svg') as SVGSVGElement
      const p = svg.createSVGPoint()
      p.x = at.x
      p.y = at.y
      const q = p.matrixTransform(svg.getScreenCTM()!)
      return { x: q.x, y: q.y }
    },
    { x, y },
  )
}

async function download(page: Page, click: () => Promise<unknown>) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()])
  const bytes = readFileSync((await dl.path())!)
  return { name: dl.suggestedFilename(), text: bytes.toString('utf8'), bytes }
}

const label = (l: Locator) => l.getAttribute('aria-label')

/** Opens a tab and waits for its view: the charts load when their tab is first opened. */
async function openTab(page: Page, name: string) {
  await page.click(`#ikz-sh-tab-${name}`)
  await page.locator(`#ikz-sh-panel-${name} > *`).first().waitFor()
}


describe('stakeholder analysis tool', () => {
  it('creates, edits, drags and moves by keyboard, renders markup as text, undoes and keeps the data after a reload', async () => {
    const context = await browser().newContext()
    const { page, report } = await open(context)
    expect(await count(page)).toBe('0 von 0 Stakeholdern')
    await page.getByLabel('Titel der Analyse').fill('Bauhof-Test')
    await page.getByLabel('Titel der Analyse').press('Tab')

    const name = '<b>Rat</b> & <img src=x onerror=alert(1)>'
    await page.getByRole('button', { name: 'Stakeholder hinzufügen' }).click()
    const form = page.locator('.ikz-sh-form')
    await form.getByLabel('Name *').fill(name)
    await form.getByLabel('Macht').selectOption('2')
    await form.getByRole('button', { name: 'Hinzufügen' }).click()
    expect(await count(page)).toBe('1 von 1 Stakeholdern')
    expect(await page.locator('.ikz-sh-register tbody th').first().textContent()).toBe(name)
    expect(await page.locator('.ikz-sh b, .ikz-sh img').count()).toBe(0)

    await page.getByRole('button', { name: `${name} bearbeiten` }).click()
    await form.getByLabel('Interesse').selectOption('5')
    await form.getByLabel('Haltung').selectOption({ label: 'unterstützend' })
    await form.getByRole('button', { name: 'Speichern' }).click()
    expect(await page.locator('.ikz-sh-register tbody td').nth(4).textContent()).toBe('unterstützend')

    await openTab(page, 'grid')
    const point = page.locator('.ikz-sh-point').first()
    expect(await label(point)).toBe(`${name}, Macht 2, Interesse 5, Haltung: unterstützend`)
    expect(await page.locator('.ikz-sh-grid table').textContent()).toMatch(/informieren\s*1/)

    // The keyboard moves the point as an equal alternative to the mouse.
    await point.focus()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowLeft')
    expect(await label(point)).toBe(`${name}, Macht 4, Interesse 4, Haltung: unterstützend`)
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ikz-sh-point'))).toBe(true)
    expect(await page.locator('.ikz-sh-grid table').textContent()).toMatch(/eng einbinden\s*1/)

    // Dragging snaps to whole ratings and is one undo step.
    await point.scrollIntoViewIfNeeded()
    const from = (await point.boundingBox())!
    const to = await gridToScreen(page, 56 + 0.5 * (568 / 5), 512 - 0.5 * (496 / 5))
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(to.x, to.y, { steps: 10 })
    await page.mouse.up()
    expect(await label(point)).toBe(`${name}, Macht 1, Interesse 1, Haltung: unterstützend`)
    await page.getByRole('button', { name: 'Rückgängig' }).click()
    expect(await label(point)).toBe(`${name}, Macht 4, Interesse 4, Haltung: unterstützend`)

    await page.waitForTimeout(600)
    await page.reload({ waitUntil: 'networkidle' })
    await scrollToTool(page)
    await page.waitForSelector('.ikz-sh-count')
    expect(await count(page)).toBe('1 von 1 Stakeholdern')
    expect(await page.getByLabel('Titel der Analyse').inputValue()).toBe('Bauhof-Test')
    await openTab(page, 'grid')
    expect(await label(page.locator('.ikz-sh-point').first())).toBe(`${name}, Macht 4, Interesse 4, Haltung: unterstützend`)

    // "Delete all my data" leaves nothing of this tool in the browser.
    await page.getByText('Alle meine Daten löschen', { exact: true }).first().click()
    await page.getByRole('button', { name: 'Alle meine Daten löschen' }).click()
    await openTab(page, 'register')
    expect(await count(page)).toBe('0 von 0 Stakeholdern')
    await page.waitForTimeout(500)
    expect(Object.values(await storedEntries(page)).join('')).not.toContain('Rat')
    expect(report.consoleErrors).toEqual([])
    expect(report.foreignRequests).toEqual([])
    await context.close()
  })

  it('loads the worked example; every view passes axe, also in dark mode, without a CSP violation or a request to another origin', async () => {
    const context = await browser().newContext()
    await context.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] }
      w.cspViolations = []
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    const { page, report } = await open(context)
    await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' })
    await page.getByRole('button', { name: 'Beispiel laden' }).click()
    expect(await count(page)).toBe('18 von 18 Stakeholdern')
    expect(await axeViolations(page)).toEqual([])
    await openTab(page, 'grid')
    expect(await page.locator('.ikz-sh-point').count()).toBe(18)
    expect(await axeViolations(page)).toEqual([])
    await page.evaluate(() => document.documentElement.classList.add('dark'))
    expect(await axeViolations(page)).toEqual([])
    await page.evaluate(() => document.documentElement.classList.remove('dark'))
    await openTab(page, 'salience')
    expect(await page.locator('tr[data-class="definitive"] td').first().textContent()).toBe('1')
    expect(await axeViolations(page)).toEqual([])
    await openTab(page, 'network')
    expect(await page.locator('.ikz-sh-node').count()).toBe(18)
    expect(await label(page.locator('.ikz-sh-node').first())).toMatch(/^Bürgermeister\/in Gemeinde A, Macht 5, Interesse 5, Haltung: unterstützend, \d+ Beziehungen$/)
    expect(await page.locator('.ikz-sh-relations tbody tr').count()).toBe(16)
    expect(await axeViolations(page)).toEqual([])
    const node = page.locator('.ikz-sh-node').first()
    const placed = await node.getAttribute('transform')
    await node.focus()
    await page.keyboard.press('ArrowRight')
    expect(await node.getAttribute('transform')).not.toBe(placed)
    await page.getByRole('button', { name: 'Vergrößern' }).click()
    await expect.poll(() => page.locator('.ikz-sh-network > g').getAttribute('transform')).toMatch(/scale\(1\.4\)/)
    await page.getByRole('button', { name: 'Anordnung zurücksetzen' }).click()
    expect(await node.getAttribute('transform')).toBe(placed)
    // A node dragged with the mouse follows the pointer.
    const box = (await node.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 30, { steps: 5 })
    await page.mouse.up()
    const after = (await node.boundingBox())!
    expect(after.x - box.x).toBeGreaterThan(20)
    expect(after.y - box.y).toBeGreaterThan(15)
    // The move is one undo step, and the node keeps its place after a reload.
    const dropped = await node.getAttribute('transform')
    await page.getByRole('button', { name: 'Rückgängig' }).click()
    expect(await node.getAttribute('transform')).toBe(placed)
    await page.getByRole('button', { name: 'Wiederholen' }).click()
    expect(await node.getAttribute('transform')).toBe(dropped)
    await page.waitForTimeout(600)
    await page.reload({ waitUntil: 'networkidle' })
    await scrollToTool(page)
    await page.waitForSelector('.ikz-sh-count')
    await openTab(page, 'network')
    expect(await node.getAttribute('transform')).toBe(dropped)
    await openTab(page, 'plan')
    const overdue = page.locator('.ikz-sh-plan .ikz-sh-overdue')
    expect(await overdue.count()).toBeGreaterThan(0)
    expect(await overdue.first().textContent()).toContain('überfällig')
    expect(await axeViolations(page)).toEqual([])
    await openTab(page, 'report')
    expect(await page.textContent('.ikz-sh-report h2')).toBe('Gemeinsamer Bauhof (Beispiel)')
    expect(await axeViolations(page)).toEqual([])
    // Printed, the report stands alone: no page text, no document bar, no tabs.
    await page.evaluate(() => document.documentElement.classList.add('ikz-sh-print'))
    await page.emulateMedia({ media: 'print' })
    expect(await page.isVisible('.ikz-sh-report')).toBe(true)
    expect(await page.isVisible('.ikz-sh-report svg')).toBe(true)
    for (const hidden of ['.ikz-docbar', '[role=tablist]', '.vp-doc h1', '.ikz-sh-settings']) expect(await page.isVisible(hidden), hidden).toBe(false)
    await page.emulateMedia({ media: 'screen' })
    await page.evaluate(() => document.documentElement.classList.remove('ikz-sh-print'))

    // Presentation mode replaces the names by numbered group labels.
    await page.getByLabel('Präsentationsmodus').check()
    await openTab(page, 'register')
    const names = await page.locator('.ikz-sh-register tbody th').allTextContents()
    expect(names).toContain('Bürgermeister/in 1')
    expect(names.join(' ')).not.toContain('Gemeinde A')
    // It stays on through a reload, so a projected page does not suddenly show the names.
    await page.reload({ waitUntil: 'networkidle' })
    await scrollToTool(page)
    await page.waitForSelector('.ikz-sh-count')
    expect(await page.getByLabel('Präsentationsmodus').isChecked()).toBe(true)
    const reloaded = await page.locator('.ikz-sh-register tbody th').allTextContents()
    expect(reloaded).toContain('Bürgermeister/in 1')
    expect(reloaded.join(' ')).not.toContain('Gemeinde A')
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
    expect(report.consoleErrors).toEqual([])
    expect(report.foreignRequests).toEqual([])
    await context.close()
  })

  it('exports JSON, CSV, Markdown and SVG and reads JSON and CSV back', async () => {
    const context = await browser().newContext({ acceptDownloads: true })
    const { page } = await open(context)
    await page.getByRole('button', { name: 'Beispiel laden' }).click()

    const json = await download(page, () => page.getByRole('button', { name: 'Als JSON exportieren' }).click())
    expect(json.name).toBe('Gemeinsamer Bauhof (Beispiel).json')
    expect(JSON.parse(json.text)).toMatchObject({ format: 'ikz-kit/stakeholder-analysis', version: 3 })
    const csv = await download(page, () => page.getByRole('button', { name: 'Als CSV exportieren (Excel)' }).click())
    expect(csv.text.startsWith('\uFEFFName;Gruppe;Kommune;Rolle;')).toBe(true)
    expect(csv.text).toContain('Bürgermeister/in Gemeinde A;Bürgermeister/in;Gemeinde A;')
    const md = await download(page, () => page.getByRole('button', { name: 'Bericht als Markdown' }).click())
    expect(md.text).toMatch(/^# Gemeinsamer Bauhof \\\(Beispiel\\\)/)
    expect(md.text).toContain('## Beteiligungsplan')
    await openTab(page, 'grid')
    const svg = await download(page, () => page.getByRole('button', { name: 'Matrix als SVG' }).click())
    expect(svg.text).toContain('<svg')
    expect(svg.text).toContain('eng einbinden')
    const png = await download(page, () => page.getByRole('button', { name: 'Matrix als PNG' }).click())
    expect(png.name).toBe('Gemeinsamer Bauhof (Beispiel) – Macht-Interesse-Matrix.png')
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
    await openTab(page, 'network')
    const net = await download(page, () => page.getByRole('button', { name: 'Netz als SVG' }).click())
    expect(net.text).toContain('Bürgermeister/in Gemeinde A')

    await page.setInputFiles('input[type=file][aria-label="JSON-Datei importieren"]', { name: 'partner.json', mimeType: 'application/json', buffer: Buffer.from(json.text) })
    await expect.poll(() => page.textContent('.ikz-docbar-info')).toContain('„partner.json“ wurde importiert.')
    await openTab(page, 'register')
    expect(await count(page)).toBe('18 von 18 Stakeholdern')
    await page.setInputFiles('input[type=file][aria-label="CSV-Datei importieren"]', { name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text) })
    // Files are read asynchronously: wait for the message before looking at the result.
    await expect.poll(() => page.textContent('.ikz-docbar-info')).toContain('18 Stakeholder aus „register.csv“ wurden als neue Analyse importiert.')
    expect(await count(page)).toBe('18 von 18 Stakeholdern')
    expect(await page.getByLabel('Titel der Analyse').inputValue()).toBe('register')
    expect(await page.getByLabel('Partnerkommunen (eine je Zeile)').inputValue()).toBe('Gemeinde A\nGemeinde B\nStadt C')
    expect(await page.locator('.ikz-docbar select option').count()).toBe(4)
    await context.close()
  })

  it('refuses malformed files with a message in the page language and keeps the stored data', async () => {
    const context = await browser().newContext()
    const { page } = await open(context)
    await page.getByRole('button', { name: 'Beispiel laden' }).click()
    await page.waitForTimeout(500)
    const before = await storedEntries(page)
    expect(Object.keys(before).length).toBeGreaterThan(0)

    await page.setInputFiles('input[type=file][aria-label="JSON-Datei importieren"]', { name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"ikz-kit/stakeholder-analysis","version":2,"data":{"title":"x"') })
    await expect.poll(() => page.textContent('[role=alert]')).toContain('kein gültiges JSON')
    await page.setInputFiles('input[type=file][aria-label="JSON-Datei importieren"]', { name: 'neu.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"ikz-kit/stakeholder-analysis","version":9,"saved":"","data":{}}') })
    await expect.poll(() => page.textContent('[role=alert]')).toContain('neueren Version')
    await page.setInputFiles('input[type=file][aria-label="CSV-Datei importieren"]', { name: 'kaputt.csv', mimeType: 'text/csv', buffer: Buffer.from('Name;Rolle\r\nRat;"offen\r\n') })
    await expect.poll(() => page.textContent('[role=alert]')).toContain('Anführungszeichen')
    await page.setInputFiles('input[type=file][aria-label="CSV-Datei importieren"]', { name: 'binär.csv', mimeType: 'text/csv', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]) })
    await expect.poll(() => page.textContent('[role=alert]')).toContain('keine Textdatei')
    await page.setInputFiles('input[type=file][aria-label="Analyse eines Partners zusammenführen"]', { name: 'fremd.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"ikz-kit/strategy","version":1,"saved":"","data":{}}') })
    await expect.poll(() => page.textContent('[role=alert]')).toContain('nicht aus diesem Werkzeug')

    expect(await count(page)).toBe('18 von 18 Stakeholdern')
    await page.waitForTimeout(500)
    expect(await storedEntries(page)).toEqual(before)
    await context.close()
  })

  it('says so when the browser storage is full and keeps what was stored', async () => {
    const context = await browser().newContext()
    // A storage that fills up on demand, as a full quota would.
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if ((window as unknown as { storageFull?: boolean }).storageFull) throw new DOMException('full', 'QuotaExceededError')
        return setItem.call(this, key, value)
      }
    })
    const { page } = await open(context)
    await page.getByRole('button', { name: 'Beispiel laden' }).click()
    await page.waitForTimeout(500)
    const before = await storedEntries(page)
    await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = true))
    await page.getByRole('button', { name: 'Rat Gemeinde A löschen', exact: true }).click()
    await expect.poll(() => page.textContent('[role=alert]')).toContain('Der Speicher dieses Browsers ist voll')
    expect(await count(page)).toBe('17 von 17 Stakeholdern')
    expect(await storedEntries(page)).toEqual(before)
    await context.close()
  })

  it('works without browser storage and says that the data are lost on closing', async () => {
    const context = await browser().newContext()
    // As with storage disabled by a policy: any access throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError')
        },
      })
    })
    const { page, report } = await open(context)
    expect(await page.textContent('.ikz-docbar-status')).toContain('Der Speicher des Browsers ist nicht verfügbar')
    await page.getByRole('button', { name: 'Beispiel laden' }).click()
    expect(await count(page)).toBe('18 von 18 Stakeholdern')
    // The site's theme itself reports the refused storage; the tool adds no error of its own.
    expect(report.consoleErrors.filter((e) => !/denied/.test(e))).toEqual([])
    await context.close()
  })

  it('merges a partner analysis: differing ratings side by side with mean and spread, the user decides', async () => {
    const context = await browser().newContext({ acceptDownloads: true })
    const { page } = await open(context)
    await page.getByRole('button', { name: 'Beispiel laden' }).click()
    const json = JSON.parse((await download(page, () => page.getByRole('button', { name: 'Als JSON exportieren' }).click())).text)
    // The partner rates two stakeholders differently and adds one.
    const mayorA = json.data.stakeholders.find((s: { id: string }) => s.id === 'a-mayor')
    mayorA.power = 2
    const press = json.data.stakeholders.find((s: { id: string }) => s.id === 'press')
    press.interest = 5
    json.data.stakeholders.push({ ...press, id: 'radio', name: 'Lokalradio' })
    await page.setInputFiles('input[type=file][aria-label="Analyse eines Partners zusammenführen"]', { name: 'partner.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) })

    const panel = page.locator('#ikz-sh-merge')
    expect(await panel.textContent()).toContain('18 Stakeholder erkannt, 1 neue werden übernommen')
    const mayorRow = panel.locator('tr[data-key="a-mayor:power"]')
    expect((await mayorRow.locator('td').allTextContents()).slice(0, 5)).toEqual(['Macht', '5', '2', '3,5', '3'])
    await panel.getByRole('radiogroup', { name: 'Lokalzeitung: Interesse' }).getByLabel('ihre').check()
    await mayorRow.getByLabel('Mittelwert').check()
    await panel.getByRole('button', { name: 'Zusammenführen' }).click()
    expect(await count(page)).toBe('19 von 19 Stakeholdern')
    await openTab(page, 'grid')
    expect(await label(page.locator('.ikz-sh-point[data-id="a-mayor"]'))).toMatch(/Macht 4, Interesse 5/)
    expect(await label(page.locator('.ikz-sh-point[data-id="press"]'))).toMatch(/Macht 3, Interesse 5/)
    await page.getByRole('button', { name: 'Rückgängig' }).click()
    expect(await label(page.locator('.ikz-sh-point[data-id="a-mayor"]'))).toMatch(/Macht 5, Interesse 5/)

    // Cancelling a merge changes nothing.
    await page.setInputFiles('input[type=file][aria-label="Analyse eines Partners zusammenführen"]', { name: 'partner.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) })
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ikz-sh-merge')
    await panel.getByRole('button', { name: 'Abbrechen' }).click()
    expect(await panel.count()).toBe(0)
    expect(await label(page.locator('.ikz-sh-point[data-id="a-mayor"]'))).toMatch(/Macht 5, Interesse 5/)
    await context.close()
  })

  it('moves a grid point by touch', async () => {
    const context = await browser().newContext({ hasTouch: true, viewport: { width: 800, height: 900 } })
    const { page } = await open(context)
    await page.getByRole('button', { name: 'Beispiel laden' }).click()
    await openTab(page, 'grid')
    const point = page.locator('.ikz-sh-point[data-id="neighbour"]')
    expect(await label(point)).toMatch(/Macht 1, Interesse 2/)
    await point.scrollIntoViewIfNeeded()
    const from = (await point.boundingBox())!
    const to = await gridToScreen(page, 56 + 3.5 * (568 / 5), 512 - 0.5 * (496 / 5))
    const cdp = await context.newCDPSession(page)
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] })
    await touch('touchStart', from.x + from.width / 2, from.y + from.height / 2)
    for (let i = 1; i <= 8; i++) await touch('touchMove', from.x + from.width / 2 + ((to.x - from.x - from.width / 2) * i) / 8, from.y + from.height / 2 + ((to.y - from.y - from.height / 2) * i) / 8)
    await touch('touchEnd', to.x, to.y)
    await expect.poll(() => label(point)).toMatch(/Macht 1, Interesse 4/)
    await context.close()
  })

  it('works in English at 320 px: English strings and CSV headers, no horizontal overflow, no axe violation', async () => {
    const context = await browser().newContext({ acceptDownloads: true, viewport: { width: 320, height: 640 } })
    const { page, report } = await open(context, EN)
    await page.getByRole('button', { name: 'Load example' }).click()
    expect(await count(page)).toBe('18 of 18 stakeholders')
    expect(await page.locator('.ikz-sh-register tbody th').allTextContents()).toContain('Mayor of Municipality A')
    const csv = await download(page, () => page.getByRole('button', { name: 'Export as CSV (Excel)' }).click())
    expect(csv.text.split('\r\n')[0]).toBe('\uFEFFName;Group;Municipality;Role;Notes;Power;Interest;Attitude;Legitimacy;Urgency;Strategy;Channel;Frequency;Owner;Next contact;Status')
    for (const tab of ['register', 'grid', 'network', 'plan']) {
      await openTab(page, tab)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
      expect(await axeViolations(page)).toEqual([])
    }
    await page.setInputFiles('input[type=file][aria-label="Import JSON file"]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{') })
    await expect.poll(() => page.textContent('[role=alert]')).toContain('not valid JSON')
    expect(report.consoleErrors).toEqual([])
    expect(report.foreignRequests).toEqual([])
    await context.close()
  })

  it('runs under a sub-path', async () => {
    const context = await browser().newContext()
    const page = await context.newPage()
    const report = watchPage(page, origin)
    await page.goto(`${subUrl}${DE}`, { waitUntil: 'networkidle' })
    await scrollToTool(page)
    await page.getByRole('button', { name: 'Beispiel laden' }).click()
    expect(await count(page)).toBe('18 von 18 Stakeholdern')
    expect(report.consoleErrors).toEqual([])
    expect(report.failedRequests).toEqual([])
    await context.close()
  })

  it('works with the keyboard alone: tabs, grid points, the form and relationships', async () => {
    const context = await browser().newContext()
    const { page } = await open(context)
    await page.getByRole('button', { name: 'Beispiel laden' }).click()
    await page.focus('#ikz-sh-tab-register')
    await page.keyboard.press('ArrowRight')
    expect(await page.getAttribute('#ikz-sh-tab-grid', 'aria-selected')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ikz-sh-tab-grid')
    await page.locator('.ikz-sh-point').first().waitFor()
    let onPoint = false
    for (let i = 0; i < 10 && !onPoint; i++) {
      await page.keyboard.press('Tab')
      onPoint = await page.evaluate(() => document.activeElement?.classList.contains('ikz-sh-point') ?? false)
    }
    expect(onPoint).toBe(true)
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))
    await page.keyboard.press('Enter')
    expect(await page.getAttribute('#ikz-sh-tab-register', 'aria-selected')).toBe('true')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(focused?.split(',')[0])
    await page.keyboard.press('Escape')
    expect(await page.locator('.ikz-sh-form').count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ikz-sh-add')

    await openTab(page, 'network')
    const rows = await page.locator('.ikz-sh-relations tbody tr').count()
    const add = page.getByRole('form', { name: 'Beziehung hinzufügen' })
    await add.getByLabel(/^Von/).selectOption({ label: 'Lokalzeitung' })
    await add.getByLabel(/^Art/).selectOption({ label: 'im Konflikt mit' })
    await add.getByLabel(/^Zu/).selectOption({ label: 'Rat Stadt C' })
    await add.getByLabel(/^Stärke/).focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Beziehung hinzufügen')
    await page.keyboard.press('Enter')
    expect(await page.locator('.ikz-sh-relations tbody tr').count()).toBe(rows + 1)
    expect(await page.locator('.ikz-sh-relations tbody tr').last().textContent()).toMatch(/Lokalzeitung\s*im Konflikt mit\s*Rat Stadt C/)
    await context.close()
  })
})

import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { axeViolations } from './support/axe'
import { useBrowser } from './support/chromium'
import { watchPage } from './support/watch'

const rootUrl = inject('rootUrl')
const browser = useBrowser()

const count = (page: Page) => page.textContent('.ikz-cat-count')

describe('practice examples catalogue', () => {
  it('lists every example without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${rootUrl}beispiele/`)
    const links = await page.$$eval('.ikz-cat-list a', (as) => as.map((a) => a.getAttribute('href')))
    expect(links.length).toBeGreaterThanOrEqual(20)
    expect(links).toContain('/beispiele/smart-cities-5-fuer-suedwestfalen.html')
    await context.close()
  })

  it('filters by facets and text, keeps the state in a shareable URL, and passes axe', async () => {
    const page = await browser().newPage()
    await page.goto(`${rootUrl}beispiele/`, { waitUntil: 'networkidle' })
    const total = Number(/von (\d+)/.exec((await count(page)) ?? '')?.[1])
    expect(total).toBeGreaterThanOrEqual(20)

    await page.getByRole('checkbox', { name: /Verwaltungs-IT/ }).check()
    await page.getByRole('checkbox', { name: /Nordrhein-Westfalen/ }).check()
    await page.waitForURL(/bereich=verwaltung-it/)
    expect(page.url()).toContain('land=NW')
    const filtered = (await count(page)) ?? ''
    const n = Number(/^(\d+)/.exec(filtered)?.[1])
    expect(n).toBeGreaterThan(0)
    expect(n).toBeLessThan(total)
    const titles = await page.$$eval('.ikz-cat-title', (hs) => hs.map((h) => h.textContent))
    expect(titles).toContain('Smart Cities: 5 für Südwestfalen')

    await page.fill('#ikz-cat-q', 'Arnsberg')
    await page.waitForURL(/q=Arnsberg/)
    expect(await page.$$eval('.ikz-cat-title', (hs) => hs.map((h) => h.textContent))).toEqual(['Smart Cities: 5 für Südwestfalen'])
    expect(await axeViolations(page)).toEqual([])

    // Someone opens the shared address
    const shared = await browser().newPage()
    await shared.goto(page.url(), { waitUntil: 'networkidle' })
    // The state in the address is applied once the catalogue has come to life.
    const expected = await count(page)
    await expect.poll(() => count(shared)).toBe(expected)
    expect(await shared.isChecked('input[type=checkbox] >> nth=0')).toBe(false)
    expect(await shared.getByRole('checkbox', { name: /Verwaltungs-IT/ }).isChecked()).toBe(true)
    await shared.getByRole('button', { name: 'Alle Filter zurücksetzen' }).click()
    expect(await count(shared)).toBe(`${total} von ${total} Beispielen`)
    await shared.close()
    await page.close()
  })

  it('comes to life when the reader turns to it, and loses no click made before', async () => {
    const page = await browser().newPage()
    // Vue keeps an element's listeners under symbol keys: none before hydration.
    const live = () => page.evaluate(() => Object.getOwnPropertySymbols(document.querySelector('.ikz-cat-filters input[type=checkbox]') ?? {}).length > 0)
    await page.goto(`${rootUrl}beispiele/`, { waitUntil: 'networkidle' })
    expect(await live()).toBe(false)
    await page.hover('.ikz-cat-filters')
    expect(await live()).toBe(true)
    // Assistive technology may click a control without pointing at it or focusing it first.
    await page.goto(`${rootUrl}beispiele/`, { waitUntil: 'networkidle' })
    const total = (await count(page)) ?? ''
    await page.evaluate(() => (document.querySelector('.ikz-cat-filters input[type=checkbox]') as HTMLInputElement).click())
    await page.waitForURL(/bereich=/)
    expect(await count(page)).not.toBe(total)
    expect(await page.isChecked('.ikz-cat-filters input[type=checkbox] >> nth=0')).toBe(true)
    // A shared address with a filter state is applied at once.
    await page.goto(`${rootUrl}beispiele/?land=NW`, { waitUntil: 'networkidle' })
    await expect.poll(live).toBe(true)
    await expect.poll(() => page.getByRole('checkbox', { name: /Nordrhein-Westfalen/ }).isChecked()).toBe(true)
    // A change made before the funding list listens is given again.
    await page.goto(`${rootUrl}foerderung/`, { waitUntil: 'networkidle' })
    const all = await page.$$eval('.ikz-fund', (a) => a.length)
    await page.evaluate(() => {
      const select = document.querySelector('.ikz-fund-filters select') as HTMLSelectElement
      select.value = 'HE'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await page.waitForURL(/land=HE/)
    expect(await page.$$eval('.ikz-fund', (a) => a.length)).toBeLessThan(all)
    await page.close()
  })

  it('sorts by start year', async () => {
    const page = await browser().newPage()
    await page.goto(`${rootUrl}en/beispiele/?sort=year-asc`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.getByRole('combobox', { name: /^Sort/ }).inputValue()).toBe('year-asc')
    const years = await page.$$eval('.ikz-cat-meta', (ps) => ps.map((p) => Number(/· (\d{4}) ·/.exec(p.textContent ?? '')?.[1])))
    expect(years).toEqual([...years].sort((a, b) => a - b))
    expect(await count(page)).toMatch(/of \d+ examples/)
    await page.close()
  })

  it('links examples from their task area and form pages', async () => {
    const page = await browser().newPage()
    await page.goto(`${rootUrl}aufgabenfelder/verwaltung-it.html`)
    expect(await page.$$eval('a[href="/beispiele/smart-cities-5-fuer-suedwestfalen.html"]', (as) => as.length)).toBeGreaterThan(0)
    await page.close()
  })
})

describe('funding catalogue', () => {
  it('filters by Land and task area and says to check the current conditions', async () => {
    const page = await browser().newPage()
    await page.goto(`${rootUrl}foerderung/`, { waitUntil: 'networkidle' })
    expect(await page.textContent('.warning')).toMatch(/aktuelle Fassung/)
    const all = await page.$$eval('.ikz-fund', (a) => a.length)
    await page.selectOption('.ikz-fund-filters select >> nth=0', 'HE')
    await page.waitForURL(/land=HE/)
    const hessen = await page.$$eval('.ikz-fund h2', (hs) => hs.map((h) => h.textContent ?? ''))
    expect(hessen.length).toBeGreaterThan(0)
    expect(hessen.length).toBeLessThan(all)
    expect(await page.textContent('.ikz-fund-count')).toBe(`${hessen.length} von ${all} Programmen`)
    expect(await page.textContent('.ikz-fund')).toMatch(/Stand: \d+\. \w+ \d{4}/)
    expect(await axeViolations(page)).toEqual([])
    // Each programme has its own page with the conditions and the sources.
    const name = (await page.textContent('.ikz-fund h2 a')) ?? ''
    await page.click('.ikz-fund h2 a')
    await page.waitForURL(/\/foerderung\/[a-z0-9-]+\.html$/)
    // The address changes first, the page once its content has loaded.
    await page.waitForFunction((n) => document.querySelector('h1')?.textContent?.includes(n), name.trim())
    expect(await page.textContent('h1')).toContain(name.trim())
    expect(await page.textContent('.warning')).toMatch(/aktuelle Fassung/)
    expect(await page.$$eval('.ikz-page-sources a', (as) => as.length)).toBeGreaterThan(0)
    await page.close()
  })
})

describe('cooperation-form guide', () => {
  it('ranks the forms from the answers, explains them, shares the result as a URL and links the form page', async () => {
    const context = await browser().newContext()
    const page = await context.newPage()
    const report = watchPage(page, new URL(rootUrl).origin)
    await page.goto(`${rootUrl}werkzeuge/kooperations-wegweiser.html`, { waitUntil: 'networkidle' })
    for (const label of ['Hoheitlich', 'Zuständigkeit übertragen', 'Ja', 'Eigenes Personal der Kooperation', 'Dauerhaft', 'Mehr als fünf', 'Alle entscheiden gleichberechtigt mit', 'Hoch, etwa in Anlagen oder Netze', 'Ohne Zeitdruck'])
      await page.getByLabel(label, { exact: true }).check()
    await page.selectOption('#ikz-ww-land', 'by')
    expect(await page.textContent('.ikz-ww-result [role=status]')).toBe('10 von 10 Fragen beantwortet.')
    const first = page.locator('.ikz-ww-form').first()
    expect(await first.locator('h3').textContent()).toMatch(/Platz 1\s+Zweckverband/)
    expect(await first.locator('.ikz-ww-reasons').first().textContent()).toMatch(/Dafür spricht/)
    expect(await page.textContent('.ikz-ww-result')).toMatch(/§ 108 GWB/)
    expect(await axeViolations(page)).toEqual([])

    const url = page.url()
    expect(url).toContain('aufgabe=hoheitlich')
    expect(url).toContain('land=by')
    const shared = await context.newPage()
    await shared.goto(url, { waitUntil: 'networkidle' })
    // The answers in the address are applied once the guide has come to life.
    await expect.poll(() => shared.getByLabel('Hoheitlich', { exact: true }).isChecked()).toBe(true)
    expect(await shared.locator('.ikz-ww-form h3').first().textContent()).toMatch(/Zweckverband/)

    await shared.locator('.ikz-ww-form').first().getByRole('link').click()
    await shared.waitForURL(`${rootUrl}kooperationsformen/zweckverband.html`)
    expect(report.foreignRequests).toEqual([])
    expect(report.consoleErrors).toEqual([])
    await context.close()
  })

  it('works with the keyboard alone and in English', async () => {
    const page = await browser().newPage()
    await page.goto(`${rootUrl}en/werkzeuge/kooperations-wegweiser.html`, { waitUntil: 'networkidle' })
    await page.getByLabel('Only coordinate and exchange', { exact: true }).focus()
    await page.keyboard.press('Space')
    expect(await page.locator('.ikz-ww-form h3').first().textContent()).toMatch(/Rank 1\s+Municipal working group|Rank 1.*Arbeitsgemeinschaft/)
    expect(await page.textContent('.ikz-ww-result [role=status]')).toBe('1 of 10 questions answered.')
    await page.close()
  })
})

describe('open data', () => {
  it('serves every collection as JSON and CSV', async () => {
    const page = await browser().newPage()
    for (const name of ['forms', 'laws', 'areas', 'glossary', 'examples', 'funding']) {
      const json = await page.request.get(`${rootUrl}daten/${name}.json`)
      expect(json.status()).toBe(200)
      expect(json.headers()['content-type']).toMatch(/application\/json/)
      expect(Array.isArray(await json.json())).toBe(true)
      const csv = await page.request.get(`${rootUrl}daten/${name}.csv`)
      expect(csv.headers()['content-type']).toMatch(/text\/csv/)
      expect((await csv.text()).startsWith('\uFEFFid;')).toBe(true)
    }
    await page.goto(`${rootUrl}daten/`)
    expect(await page.$$eval('a[href$=".csv"]', (as) => as.length)).toBe(6)
    await page.close()
  })
})

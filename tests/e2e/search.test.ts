import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from './support/chromium'
import { watchPage } from './support/watch'

const rootUrl = inject('rootUrl')
const subUrl = inject('subUrl')
const browser = useBrowser()

async function search(page: Page, query: string) {
  await page.fill('#ikz-search-input', query)
  // The live region names the query once the results for it are shown.
  await page.waitForFunction((q) => (document.querySelector('.ikz-search-status')?.textContent ?? '').includes(q), query)
  return page.$$eval('.ikz-search-results a', (as) =>
    as.map((a) => ({
      href: (a as HTMLAnchorElement).pathname,
      title: a.querySelector('.ikz-search-title')?.textContent ?? '',
      excerpt: a.querySelector('.ikz-search-excerpt')?.textContent ?? '',
      marked: [...a.querySelectorAll('mark')].map((m) => m.textContent),
    })),
  )
}

describe('search', () => {
  it('finds the German page for a German query on a German page, with title and excerpt', async () => {
    const page = await browser().newPage()
    await page.goto(`${rootUrl}betrieb/`, { waitUntil: 'networkidle' })
    await page.click('.ikz-search-button')
    const hits = await search(page, 'Gebietsreform')
    const hit = hits.find((h) => h.href === '/grundlagen/was-ist-ikz.html')
    expect(hit?.title).toBe('Was ist interkommunale Zusammenarbeit?')
    expect(hit?.excerpt).toMatch(/Gebietsreform/)
    expect(hit?.marked.join(' ')).toMatch(/Gebietsreform/i)
    expect(hits.every((h) => !h.href.startsWith('/en/'))).toBe(true)
    expect(await page.textContent('.ikz-search-status')).toMatch(/Treffer für „Gebietsreform“/)
    await page.close()
  })

  it('finds the English page for an English query on an English page', async () => {
    const page = await browser().newPage()
    await page.goto(`${rootUrl}en/`, { waitUntil: 'networkidle' })
    await page.click('.ikz-search-button')
    const hits = await search(page, 'territorial reform')
    expect(hits.map((h) => h.href)).toContain('/en/grundlagen/was-ist-ikz.html')
    expect(hits.every((h) => h.href.startsWith('/en/'))).toBe(true)
    expect(await page.textContent('.ikz-search-status')).toMatch(/results? for “territorial reform”/)
    expect(await search(page, 'qxzvbnw')).toEqual([])
    expect(await page.textContent('.ikz-search-status')).toBe('No results for “qxzvbnw”.')
    await page.close()
  })

  it('shows five results at a time and loads more on request, keeping the keyboard position', async () => {
    const page = await browser().newPage()
    await page.goto(rootUrl, { waitUntil: 'networkidle' })
    await page.click('.ikz-search-button')
    const first = await search(page, 'Zweckverband')
    const total = Number(/^(\d+) Treffer/.exec((await page.textContent('.ikz-search-status')) ?? '')?.[1])
    expect(total).toBeGreaterThan(10)
    expect(first).toHaveLength(5)
    await page.getByRole('button', { name: 'Weitere Treffer anzeigen' }).click()
    await page.waitForFunction(() => document.querySelectorAll('.ikz-search-results a').length === 10)
    expect(await page.evaluate(() => [...document.querySelectorAll('.ikz-search-results a')].indexOf(document.activeElement as HTMLAnchorElement))).toBe(5)
    const hrefs = await page.$$eval('.ikz-search-results a', (as) => as.map((a) => (a as HTMLAnchorElement).pathname))
    expect(new Set(hrefs).size).toBe(10)
    await page.close()
  })

  it('indexes the page content, not the navigation around it', async () => {
    const page = await browser().newPage()
    await page.goto(`${rootUrl}grundlagen/was-ist-ikz.html`, { waitUntil: 'networkidle' })
    // What the index holds for this page, read through the index's own browser API.
    // Passed as a string so the test runner does not rewrite the dynamic import.
    const indexed = (await page.evaluate(`(async () => {
      const pf = await import(location.origin + '/pagefind/pagefind.js')
      await pf.init()
      const found = await pf.search('Gebietsreform')
      const all = await Promise.all(found.results.map((r) => r.data()))
      return all.find((d) => d.url === '/grundlagen/was-ist-ikz.html')?.content ?? ''
    })()`)) as string
    expect(indexed).toContain('Interkommunale Zusammenarbeit (IKZ) ist die freiwillige')
    for (const chrome of ['Zum Inhalt springen', 'Auf dieser Seite', 'Nachschlagen', 'Vorherige Seite', 'Nächste Seite', 'Über diese Website', 'Erscheinungsbild'])
      expect(indexed, chrome).not.toContain(chrome)
    await page.close()
  })

  it('opens with / and Ctrl+K, moves by arrow keys, opens a hit with Enter and returns focus on Escape', async () => {
    const page = await browser().newPage()
    await page.goto(rootUrl, { waitUntil: 'networkidle' })
    await page.keyboard.press('Control+k')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ikz-search-input')
    await page.keyboard.press('Escape')
    expect(await page.isVisible('.ikz-search-dialog')).toBe(false)

    await page.focus('.ikz-search-button')
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ikz-search-input')
    expect(await page.getAttribute('.ikz-search-dialog', 'aria-label')).toBe('Suche')
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('ikz-search-button')

    await page.keyboard.press('/')
    const hits = await search(page, 'Zweckverband')
    await page.keyboard.press('ArrowDown')
    expect(await page.evaluate(() => document.activeElement?.closest('.ikz-search-results') !== null)).toBe(true)
    await page.keyboard.press('Enter')
    await page.waitForURL(new URL(hits[0]?.href ?? '', rootUrl).href)
    expect(await page.isVisible('.ikz-search-dialog')).toBe(false)
    await page.close()
  })

  it('labels the search in English on English pages', async () => {
    const page = await browser().newPage()
    await page.goto(`${rootUrl}en/`, { waitUntil: 'networkidle' })
    expect((await page.textContent('.ikz-search-button'))?.trim()).toMatch(/^Search/)
    await page.keyboard.press('/')
    expect(await page.getAttribute('.ikz-search-dialog', 'aria-label')).toBe('Search')
    expect(await page.textContent('label[for="ikz-search-input"]')).toBe('Search term')
    await page.close()
  })

  it('works under a sub-path, offline, with links that stay under it', async () => {
    const context = await browser().newContext()
    const page = await context.newPage()
    const report = watchPage(page, new URL(subUrl).origin)
    await page.goto(`${subUrl}en/grundlagen/was-ist-ikz.html`, { waitUntil: 'networkidle' })
    await page.keyboard.press('/')
    const hits = await search(page, 'nginx')
    const prefix = new URL(subUrl).pathname
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((h) => h.href.startsWith(`${prefix}en/`))).toBe(true)
    expect(hits[0]?.href).toBe(`${prefix}en/betrieb/`)
    await page.click('.ikz-search-results a')
    await page.waitForURL(`${subUrl}en/betrieb/`)
    // The address changes first, the page once its content has loaded.
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Running IKZ-Kit on an intranet'))
    expect(await page.textContent('h1')).toContain('Running IKZ-Kit on an intranet')
    expect(report.foreignRequests).toEqual([])
    expect(report.failedRequests).toEqual([])
    expect(report.consoleErrors).toEqual([])
    await context.close()
  })
})

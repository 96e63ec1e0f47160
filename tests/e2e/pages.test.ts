import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './support/chromium'
import { builtPages } from './support/pages'
import { watchPage } from './support/watch'

const rootUrl = inject('rootUrl')
const subUrl = inject('subUrl')
const pages = builtPages(inject('rootDir'))
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('every built page', () => {
  it('includes both languages', () => {
    expect(pages).toContain('index.html')
    expect(pages).toContain('en/index.html')
    expect(pages.filter((p) => p.startsWith('en/')).length).toBeGreaterThan(1)
  })

  for (const [label, base] of [['at /', rootUrl], ['under a sub-path', subUrl]] as const) {
    it(`loads ${label} with no console error, no failed request and no request to another origin`, async () => {
      const context = await browser.newContext()
      const origin = new URL(base).origin
      const problems: string[] = []
      for (const path of pages) {
        const page = await context.newPage()
        const report = watchPage(page, origin)
        const response = await page.goto(base + path, { waitUntil: 'networkidle' })
        expect(response?.status(), path).toBe(200)
        for (const e of report.consoleErrors) problems.push(`${path}: console error: ${e}`)
        for (const r of report.failedRequests) problems.push(`${path}: failed request: ${r}`)
        for (const r of report.foreignRequests) problems.push(`${path}: request to another origin: ${r}`)
        await page.close()
      }
      await context.close()
      expect(problems).toEqual([])
    })
  }

  it('has the language of its locale and a working language switcher to the counterpart page', async () => {
    const page = await browser.newPage()
    for (const path of pages.filter((p) => p !== '404.html')) {
      await page.goto(rootUrl + path)
      const english = path.startsWith('en/')
      expect(await page.getAttribute('html', 'lang'), path).toBe(english ? 'en' : 'de')
      const counterpart = english ? path.slice(3) : `en/${path}`
      const links = await page.$$eval('.VPNavBarTranslations a, .VPNavScreenTranslations a', (as) => as.map((a) => (a as HTMLAnchorElement).href))
      expect(links, path).toContain(rootUrl + counterpart.replace(/index\.html$/, ''))
    }
    await page.close()
  })

  it('takes the favicon from the site itself, also under a sub-path', async () => {
    const page = await browser.newPage()
    await page.goto(subUrl)
    const href = await page.getAttribute('link[rel="icon"]', 'href')
    expect(href).toBe(`${new URL(subUrl).pathname}favicon.svg`)
    const icon = await page.request.get(new URL(href ?? '', subUrl).href)
    expect(icon.status()).toBe(200)
    await page.close()
  })
})

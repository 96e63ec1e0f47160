import { describe, expect, inject, it } from 'vitest'
import { axeViolations } from './support/axe'
import { useBrowser } from './support/chromium'

const rootUrl = inject('rootUrl')
const browser = useBrowser()

describe('accessibility (axe-core, WCAG 2.1 A and AA) of open widgets', () => {
  it('reports no violation with the search dialog open and showing results, in both languages', async () => {
    const page = await browser().newPage()
    const found: string[] = []
    for (const [path, query] of [['grundlagen/was-ist-ikz.html', 'Zweckverband'], ['en/grundlagen/was-ist-ikz.html', 'cooperation']] as const) {
      await page.goto(rootUrl + path, { waitUntil: 'networkidle' })
      await page.keyboard.press('/')
      await page.fill('#ikz-search-input', query)
      await page.waitForSelector('.ikz-search-results a')
      for (const v of await axeViolations(page)) found.push(`${path} (search open): ${v}`)
    }
    await page.close()
    expect(found).toEqual([])
  })

  it('reports no violation with a glossary definition shown', async () => {
    const page = await browser().newPage()
    await page.goto(`${rootUrl}grundlagen/was-ist-ikz.html`, { waitUntil: 'networkidle' })
    await page.locator('.ikz-term a').first().focus()
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('reports no violation with the mobile menu open', async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: 700 } })
    const page = await context.newPage()
    await page.goto(`${rootUrl}kooperationsformen/vergleich.html`, { waitUntil: 'networkidle' })
    await page.click('.VPNavBarHamburger')
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations } from './support/axe'
import { launchChromium } from './support/chromium'
import { builtPages } from './support/pages'
import { watchPage, type PageReport } from './support/watch'

const rootUrl = inject('rootUrl')
const subUrl = inject('subUrl')
const pages = builtPages(inject('rootDir'))
let browser: Browser
let context: BrowserContext
let page: Page
let report: PageReport

beforeAll(async () => {
  browser = await launchChromium()
  context = await browser.newContext({ colorScheme: 'light' })
  // Content-Security-Policy violations are reported as events, not always as console errors.
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] }
    w.cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`))
  })
  page = await context.newPage()
  report = watchPage(page, new URL(rootUrl).origin)
})
afterAll(async () => {
  await browser?.close()
})

const problemsOf = (r: PageReport) => [
  ...r.consoleErrors.map((e) => `console error: ${e}`),
  ...r.failedRequests.map((e) => `failed request: ${e}`),
  ...r.foreignRequests.map((e) => `request to another origin: ${e}`),
]
const reset = (r: PageReport) => {
  r.consoleErrors.length = 0
  r.failedRequests.length = 0
  r.foreignRequests.length = 0
}

it('the site has pages in both languages', () => {
  expect(pages).toContain('index.html')
  expect(pages).toContain('en/index.html')
  expect(pages.filter((p) => p.startsWith('en/')).length).toBe(pages.filter((p) => !p.startsWith('en/') && p !== '404.html').length)
})

/**
 * Each page is opened once and checked as a reader meets it: it loads cleanly and only from
 * the site, has its language and a switcher to the counterpart, passes axe in the light and
 * the dark appearance, and fits a 320 px screen.
 */
describe.each(pages)('%s', (path) => {
  it('loads cleanly, switches language, passes axe in light and dark mode and fits 320 px', async () => {
    reset(report)
    await page.setViewportSize({ width: 1280, height: 800 })
    const response = await page.goto(rootUrl + path, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(200)
    expect(problemsOf(report)).toEqual([])
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])

    if (path !== '404.html') {
      const english = path.startsWith('en/')
      expect(await page.getAttribute('html', 'lang')).toBe(english ? 'en' : 'de')
      const counterpart = (english ? path.slice(3) : `en/${path}`).replace(/index\.html$/, '')
      const switcher = await page.$$eval('.VPNavBarTranslations a', (as) => as.map((a) => (a as HTMLAnchorElement).href))
      expect(switcher).toContain(rootUrl + counterpart)
    }

    expect(await axeViolations(page)).toEqual([])
    // Switch the appearance as the theme's switch does, without colour transitions, so axe
    // measures the final dark colours.
    await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' })
    await page.evaluate(() => document.documentElement.classList.add('dark'))
    expect(await axeViolations(page)).toEqual([])
    await page.evaluate(() => document.documentElement.classList.remove('dark'))

    await page.setViewportSize({ width: 320, height: 640 })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow, 'pixels wider than a 320 px screen').toBeLessThanOrEqual(1)
  })
})

describe('under a sub-path', () => {
  it('every page loads with no console error, no failed request and no request to another origin', async () => {
    const sub = await browser.newPage()
    const subReport = watchPage(sub, new URL(subUrl).origin)
    const problems: string[] = []
    for (const path of pages) {
      reset(subReport)
      await sub.goto(subUrl + path, { waitUntil: 'load' })
      await sub.waitForLoadState('networkidle')
      for (const p of problemsOf(subReport)) problems.push(`${path}: ${p}`)
    }
    await sub.close()
    expect(problems).toEqual([])
  }, 600_000)
})

it('dark mode follows the system setting', async () => {
  const dark = await browser.newContext({ colorScheme: 'dark' })
  const p = await dark.newPage()
  await p.goto(rootUrl, { waitUntil: 'networkidle' })
  expect(await p.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true)
  await dark.close()
})

it('takes the favicon from the site itself, also under a sub-path', async () => {
  const p = await browser.newPage()
  await p.goto(subUrl)
  const href = await p.getAttribute('link[rel="icon"]', 'href')
  expect(href).toBe(`${new URL(subUrl).pathname}favicon.svg`)
  const icon = await p.request.get(new URL(href ?? '', subUrl).href)
  expect(icon.status()).toBe(200)
  await p.close()
})

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './support/chromium'
import { builtPages } from './support/pages'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const rootUrl = inject('rootUrl')
const pages = builtPages(inject('rootDir'))
let browser: Browser

interface AxeViolation {
  id: string
  help: string
  nodes: { target: string[] }[]
}

/** Runs axe-core with the WCAG 2.1 A and AA rules and returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  })
  return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`reports no violation on any page in ${scheme} mode`, async () => {
      const context = await browser.newContext({ colorScheme: scheme })
      const page = await context.newPage()
      const found: string[] = []
      for (const path of pages) {
        await page.goto(rootUrl + path, { waitUntil: 'networkidle' })
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark')
        for (const v of await axeViolations(page)) found.push(`${path}: ${v}`)
      }
      await context.close()
      expect(found).toEqual([])
    })
  }

  it('reports no violation with the search dialog open and showing results, in both languages', async () => {
    const page = await browser.newPage()
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

  it('keeps the page usable at 320 px width without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    const wide: string[] = []
    for (const path of pages) {
      await page.goto(rootUrl + path, { waitUntil: 'networkidle' })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      if (overflow > 1) wide.push(`${path}: ${overflow}px wider than the screen`)
    }
    await context.close()
    expect(wide).toEqual([])
  })
})

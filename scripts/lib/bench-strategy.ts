import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { serializeDocument } from '../../toolkit/common/document'
import { generateDocument } from '../../toolkit/strategy/document'
import { sampleWorkshop } from '../../toolkit/strategy/sample'
import { workshopSpec, type Workshop } from '../../toolkit/strategy/schema'
import { scrollToTool } from '../../tests/e2e/support/pages'
import { median, timeInPage } from './bench-timing'

export interface StrategyScale {
  cards: number
  /** From choosing the file to the workshop being open. */
  importMs: number
  /** From opening the SWOT step to its board showing every card. */
  boardMs: number
  /** Moving one card up by keyboard until the board shows the new order. */
  moveMs: number
  /** Generating the Leitbild document (model, Markdown, HTML), median of five. */
  documentMs: number
  documentKb: number
}

/** A workshop with `cards` idea cards, all on the SWOT step so one board holds them all. */
export function largeWorkshop(cards: number): Workshop {
  const w = sampleWorkshop(Math.ceil(cards / 27) + 1)
  // Cards keep a cluster only if it is one of the SWOT step's clusters.
  const swotClusters = new Set(w.workshop.clusters.filter((c) => c.step === 'swot').map((c) => c.id))
  const all = w.workshop.cards.slice(0, cards).map((c, i) => ({ ...c, step: 'swot' as const, clusterId: swotClusters.size && i % 2 === 0 ? [...swotClusters][i % swotClusters.size] ?? '' : '' }))
  return { ...w, workshop: { ...w.workshop, cards: all } }
}

export async function measureStrategy(browser: Browser, pageUrl: string, dir: string, cards = 500): Promise<StrategyScale> {
  const workshop = largeWorkshop(cards)
  const documentMs = median(5, () => generateDocument(workshop, 'de', '2027-04-01'))
  const documentKb = Buffer.byteLength(generateDocument(workshop, 'de', '2027-04-01').html) / 1024
  const file = join(dir, 'workshop-500.json')
  writeFileSync(file, serializeDocument(workshopSpec, workshop))

  const page = await browser.newPage()
  await page.goto(pageUrl, { waitUntil: 'networkidle' })
  // The tool starts as the reader scrolls to it.
  await scrollToTool(page)
  await page.locator('.ikz-strategy .ikz-snav').waitFor()
  const importMs = await timeInPage(page, async () => {
    await page.setInputFiles('input[type=file][aria-label="JSON-Datei importieren"]', file)
    await page.locator('.ikz-docbar-info', { hasText: 'workshop-500.json' }).waitFor({ timeout: 120_000 })
  })
  const boardMs = await timeInPage(page, async () => {
    await page.locator('.ikz-snav').getByRole('button', { name: /SWOT/ }).first().click()
    await page.waitForFunction((n) => document.querySelectorAll('.ikz-card').length >= n, cards, { timeout: 120_000 })
  })
  const first = page.locator('.ikz-card-text').nth(1)
  const text = (await first.textContent()) ?? ''
  const moveMs = await timeInPage(page, async () => {
    await page.getByRole('button', { name: `Nach oben: ${text}` }).click()
    await page.waitForFunction((t) => document.querySelector('.ikz-card-text')?.textContent === t, text)
  })
  await page.close()
  return { cards, importMs, boardMs, moveMs, documentMs, documentKb }
}

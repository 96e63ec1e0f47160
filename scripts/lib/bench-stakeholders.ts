import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { serializeDocument } from '../../toolkit/common/document'
import { networkLayout, nodeRadius } from '../../toolkit/stakeholders/layout'
import { analysisSpec } from '../../toolkit/stakeholders/schema'
import { syntheticAnalysis } from '../../toolkit/stakeholders/synthetic'
import { scrollToTool } from '../../tests/e2e/support/pages'
import { frameTimes, median, timeInPage } from './bench-timing'

export interface StakeholderScale {
  stakeholders: number
  relations: number
  /** From choosing the file to the register listing its stakeholders (the first view). */
  importMs: number
  /** From opening the grid tab to every point drawn. */
  gridMs: number
  /** What a frame costs while a point is dragged across the grid (see frameTimes). */
  dragFrameP95Ms: number
  dragFrameMaxMs: number
  /** From opening the network tab to the graph drawn (layout included). */
  networkMs: number
  /** The seeded force layout alone, median of three, in Node. */
  layoutMs: number
}

export async function measureStakeholders(browser: Browser, pageUrl: string, dir: string, n = 1000, m = 2000): Promise<StakeholderScale> {
  const analysis = syntheticAnalysis(n, m, 42)
  const layoutMs = median(3, () => networkLayout(analysis.stakeholders.map((s) => ({ id: s.id, radius: nodeRadius(s.power) })), analysis.relations.map((r) => ({ source: r.from, target: r.to, strength: r.strength }))))
  const file = join(dir, 'stakeholders-1000.json')
  writeFileSync(file, serializeDocument(analysisSpec, analysis))

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(pageUrl, { waitUntil: 'networkidle' })
  // The tool starts as the reader scrolls to it.
  await scrollToTool(page)
  await page.locator('#ikz-sh-tab-register').waitFor()
  const importMs = await timeInPage(page, async () => {
    await page.setInputFiles('input[type=file][aria-label="JSON-Datei importieren"]', file)
    await page.locator('.ikz-sh-register tbody th', { hasText: 'Stakeholder 1' }).first().waitFor({ timeout: 120_000 })
  })
  const gridMs = await timeInPage(page, async () => {
    await page.click('#ikz-sh-tab-grid')
    await page.waitForFunction((k) => document.querySelectorAll('.ikz-sh-point').length > 0 && document.querySelectorAll('.ikz-sh-point').length <= k, n, { timeout: 120_000 })
  })
  const point = page.locator('.ikz-sh-point').first()
  await point.scrollIntoViewIfNeeded()
  const box = (await point.boundingBox())!
  const drag = await frameTimes(page, async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2 - 150, { steps: 60 })
    await page.mouse.up()
  })
  const networkMs = await timeInPage(page, async () => {
    await page.click('#ikz-sh-tab-network')
    await page.waitForFunction(() => document.querySelectorAll('.ikz-sh-network .ikz-sh-node').length > 100, undefined, { timeout: 120_000 })
  })
  await page.close()
  return { stakeholders: n, relations: m, importMs, gridMs, dragFrameP95Ms: drag.p95, dragFrameMaxMs: drag.max, networkMs, layoutMs }
}

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { budgets, checkBudgets, medianOf, type BenchResults } from '../../../toolkit/bench/budgets'

const limits = budgets.parse(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../bench/budgets.json'), 'utf8')))
const KB = 1024
const results = (o: Partial<BenchResults> = {}): BenchResults => ({
  build: { fullMs: 12_000, fullMaxRssMb: 900, plainMs: 10_000, plainMaxRssMb: 800, pages: 200, fullRunsMs: [12_000], plainRunsMs: [10_000], steps: {} },
  pages: { guide: { html: 10 * KB, js: 100 * KB, css: 20 * KB }, tool: { html: 9 * KB, js: 150 * KB, css: 22 * KB } },
  bare: { html: 3 * KB, js: 95 * KB, css: 20 * KB },
  search: [{ query: 'Zweckverband', lang: 'de', kb: 90, ms: 120 }],
  scale: [],
  lighthouse: { guide: { performance: 97, accessibility: 100, bestPractices: 100, seo: 100, misses: [] } },
  tools: { stakeholders: { stakeholders: 1000, relations: 2000, importMs: 900, gridMs: 300, dragFrameP95Ms: 12, dragFrameMaxMs: 30, networkMs: 2000, layoutMs: 1500 } },
  ...o,
})

describe('budgets', () => {
  it('are the limits the project set', () => {
    expect(limits).toEqual({ guideJsVsBare: 1.1, htmlGzipKb: 15, toolExtraJsGzipKb: 60, firstSearchKb: 150, buildVsPlain: 1.3, dragFrameMs: 16, lighthouse: { performance: 95, accessibility: 100, bestPractices: 100, seo: 100 } })
  })

  it('pass when every measure is within its limit', () => {
    const checks = checkBudgets(results(), limits, ['tool'])
    expect(checks.map((c) => c.ok)).toEqual(checks.map(() => true))
    expect(checks.map((c) => c.name)).toContain('tool: JS beyond a guide page (gzip)')
  })

  it('fail on the measure that exceeds its limit, and only there', () => {
    const checks = checkBudgets(results({ bare: { html: 3 * KB, js: 80 * KB, css: 20 * KB }, build: { fullMs: 14_000, fullMaxRssMb: 1, plainMs: 10_000, plainMaxRssMb: 1, pages: 1, fullRunsMs: [14_000], plainRunsMs: [10_000], steps: {} } }), limits, ['tool'])
    const failed = checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.measured}`)
    expect(failed).toEqual(['guide page JS vs bare VitePress page: 1.25×', 'full build vs plain VitePress build: 1.40×'])
  })

  it('fail on a Lighthouse category below its score', () => {
    const checks = checkBudgets(results({ lighthouse: { guide: { performance: 94, accessibility: 100, bestPractices: 100, seo: 100, misses: [] } } }), limits, ['tool'])
    expect(checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.measured}`)).toEqual(['guide: Lighthouse performance: 94'])
  })

  it('fail when dragging in the grid takes a frame of 16 ms or more', () => {
    const slow = results().tools.stakeholders
    const checks = checkBudgets(results({ tools: { stakeholders: slow && { ...slow, dragFrameP95Ms: 16.4 } } }), limits, ['tool'])
    expect(checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.measured}`)).toEqual(['frame time dragging at 1000 stakeholders (p95): 16.4 ms'])
  })

  it('take the median of repeated runs, so one slow run does not decide', () => {
    expect(medianOf([19_000, 25_000, 18_000])).toBe(19_000)
    expect(medianOf([10_000, 12_000])).toBe(11_000)
    expect(medianOf([7])).toBe(7)
    expect(medianOf([])).toBeNaN()
  })
})

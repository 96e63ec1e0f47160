import { z } from 'zod'

/**
 * The performance budgets (bench/budgets.json). Ratios compare with a plain VitePress build
 * measured in the same run, so the machine's speed cancels out.
 */
export const budgets = z.strictObject({
  guideJsVsBare: z.number().positive(),
  htmlGzipKb: z.number().positive(),
  toolExtraJsGzipKb: z.number().positive(),
  firstSearchKb: z.number().positive(),
  buildVsPlain: z.number().positive(),
  /** Frame time while dragging a point in the grid of 1,000 stakeholders (95th percentile). */
  dragFrameMs: z.number().positive(),
  /** Lighthouse mobile category scores (0–100) every page type must reach. */
  lighthouse: z.strictObject({ performance: z.number().min(0).max(100), accessibility: z.number().min(0).max(100), bestPractices: z.number().min(0).max(100), seo: z.number().min(0).max(100) }),
})
export type Budgets = z.infer<typeof budgets>

export interface PageWeight {
  /** Bytes after gzip, summed over the resources of one kind that the page loaded. */
  html: number
  js: number
  css: number
}

export interface BenchResults {
  /**
   * The site built by the full pipeline and the same pages by plain VitePress, alternately and
   * several times: times are medians, memory the highest peak of any run.
   */
  build: {
    fullMs: number
    fullMaxRssMb: number
    plainMs: number
    plainMaxRssMb: number
    pages: number
    /** Each run's wall time in milliseconds, in the order measured. */
    fullRunsMs: number[]
    plainRunsMs: number[]
    /** Median wall time of each step of the full pipeline (scripts/lib/build-site.ts). */
    steps: Record<string, number>
  }
  pages: Record<string, PageWeight>
  bare: PageWeight
  search: { query: string; lang: string; kb: number; ms: number }[]
  /** Full builds of generated sites: pages per language, HTML files, time, peak memory. */
  scale: { perLanguage: number; pages: number; ms: number; maxRssMb: number }[]
  lighthouse: Record<string, { performance: number; accessibility: number; bestPractices: number; seo: number; misses: string[]; performanceRange?: [number, number] }>
  tools: {
    stakeholders?: { stakeholders: number; relations: number; importMs: number; gridMs: number; dragFrameP95Ms: number; dragFrameMaxMs: number; networkMs: number; layoutMs: number }
    strategy?: { cards: number; importMs: number; boardMs: number; moveMs: number; documentMs: number; documentKb: number }
  }
}

export interface BudgetCheck {
  name: string
  limit: string
  measured: string
  ok: boolean
}

const kb = (bytes: number) => bytes / 1024

/** The median of some measurements (the mean of the middle two for an even count). */
export function medianOf(values: readonly number[]): number {
  if (!values.length) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Compares results with the budgets; every budget gives one line, met or not. */
export function checkBudgets(r: BenchResults, b: Budgets, toolPages: string[], guidePage = 'guide'): BudgetCheck[] {
  const checks: BudgetCheck[] = []
  const guide = r.pages[guidePage]
  if (guide) {
    const ratio = guide.js / r.bare.js
    checks.push({ name: 'guide page JS vs bare VitePress page', limit: `≤ ${b.guideJsVsBare}×`, measured: `${ratio.toFixed(2)}×`, ok: ratio <= b.guideJsVsBare })
  }
  for (const [name, w] of Object.entries(r.pages))
    checks.push({ name: `${name}: HTML (gzip)`, limit: `≤ ${b.htmlGzipKb} KB`, measured: `${kb(w.html).toFixed(1)} KB`, ok: kb(w.html) <= b.htmlGzipKb })
  for (const tool of toolPages) {
    const t = r.pages[tool]
    if (!t || !guide) continue
    const extra = kb(t.js - guide.js)
    checks.push({ name: `${tool}: JS beyond a guide page (gzip)`, limit: `≤ ${b.toolExtraJsGzipKb} KB`, measured: `${extra.toFixed(1)} KB`, ok: extra <= b.toolExtraJsGzipKb })
  }
  for (const s of r.search) checks.push({ name: `first search "${s.query}" (${s.lang})`, limit: `≤ ${b.firstSearchKb} KB`, measured: `${s.kb.toFixed(1)} KB`, ok: s.kb <= b.firstSearchKb })
  const categories = [['performance', 'performance'], ['accessibility', 'accessibility'], ['bestPractices', 'best practices'], ['seo', 'SEO']] as const
  for (const [name, l] of Object.entries(r.lighthouse))
    for (const [key, label] of categories)
      checks.push({ name: `${name}: Lighthouse ${label}`, limit: `≥ ${b.lighthouse[key]}`, measured: String(l[key]), ok: l[key] >= b.lighthouse[key] })
  const drag = r.tools.stakeholders
  if (drag)
    checks.push({ name: `frame time dragging at ${drag.stakeholders} stakeholders (p95)`, limit: `< ${b.dragFrameMs} ms`, measured: `${drag.dragFrameP95Ms.toFixed(1)} ms`, ok: drag.dragFrameP95Ms < b.dragFrameMs })
  const build = r.build.fullMs / r.build.plainMs
  checks.push({ name: 'full build vs plain VitePress build', limit: `≤ ${b.buildVsPlain}×`, measured: `${build.toFixed(2)}×`, ok: build <= b.buildVsPlain })
  return checks
}

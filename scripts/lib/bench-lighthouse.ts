import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { findChromium } from '../../tests/e2e/support/chromium'

export interface LighthouseScores {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  /** Audits that cost points, for the report. */
  misses: string[]
  /** The lowest and highest performance score of the runs. */
  performanceRange: [number, number]
}

/**
 * Lighthouse with its mobile defaults (simulated slow 4G and a mid-range phone), run with
 * the system Chromium. Each URL is measured `runs` times and the median performance kept,
 * because a single run on a busy machine varies by several points (five runs, as Lighthouse's
 * own guidance on variability suggests); the range is reported beside it.
 */
export async function lighthouseScores(urls: Record<string, string>, runs = 5): Promise<Record<string, LighthouseScores>> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const out: Record<string, LighthouseScores> = {}
  try {
    for (const [name, url] of Object.entries(urls)) {
      const results: Omit<LighthouseScores, 'performanceRange'>[] = []
      // A run whose trace Lighthouse could not read (it reports a runtimeError) is repeated.
      for (let attempt = 0; results.length < runs && attempt < runs * 3; attempt++) {
        const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
        if (!r) throw new Error(`Lighthouse returned nothing for ${url}`)
        if (r.lhr.runtimeError) continue
        const c = r.lhr.categories
        const score = (id: string) => Math.round((c[id]?.score ?? 0) * 100)
        const misses = Object.values(c).flatMap((cat) =>
          cat.auditRefs
            .filter((ref) => ref.weight > 0 && (r.lhr.audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${cat.id}/${ref.id}${r.lhr.audits[ref.id]?.displayValue ? ` (${r.lhr.audits[ref.id]?.displayValue})` : ''}`),
        )
        results.push({ performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), misses })
      }
      if (!results.length) throw new Error(`Lighthouse could not measure ${url}`)
      results.sort((a, b) => a.performance - b.performance)
      const median = results[Math.floor(results.length / 2)]!
      out[name] = { ...median, performanceRange: [results[0]!.performance, results[results.length - 1]!.performance] }
    }
  } finally {
    chrome.kill()
  }
  return out
}

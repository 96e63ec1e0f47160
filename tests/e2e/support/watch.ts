import type { Page } from 'playwright-core'

export interface PageReport {
  consoleErrors: string[]
  failedRequests: string[]
  foreignRequests: string[]
}

/**
 * Records what a page does that a reader would not want: console errors, requests that fail,
 * and any request to another origin than the site's own.
 */
export function watchPage(page: Page, origin: string): PageReport {
  const report: PageReport = { consoleErrors: [], failedRequests: [], foreignRequests: [] }
  page.on('console', (m) => {
    if (m.type() === 'error') report.consoleErrors.push(m.text())
  })
  page.on('pageerror', (e) => report.consoleErrors.push(e.message))
  page.on('request', (r) => {
    const url = r.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) report.foreignRequests.push(url)
  })
  page.on('requestfailed', (r) => {
    // Prefetches of linked pages that the next navigation cancels are not failures.
    const reason = r.failure()?.errorText ?? 'failed'
    if (reason !== 'net::ERR_ABORTED') report.failedRequests.push(`${r.url()} (${reason})`)
  })
  page.on('response', (r) => {
    if (r.status() >= 400) report.failedRequests.push(`${r.url()} (HTTP ${r.status()})`)
  })
  return report
}

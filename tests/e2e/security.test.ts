import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from './support/chromium'

const rootUrl = inject('rootUrl')
const subUrl = inject('subUrl')
const rootDir = inject('rootDir')
const browser = useBrowser()

describe('strict security headers', () => {
  it('are sent with every page: the CSP allows scripts only from the site and by hash', async () => {
    const page = await browser().newPage()
    const response = await page.goto(rootUrl)
    const csp = response?.headers()['content-security-policy'] ?? ''
    expect(csp).toMatch(/^default-src 'self'/)
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? ''
    expect(scriptSrc).toMatch(/^'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/)
    expect(scriptSrc).not.toContain('unsafe-inline')
    expect(response?.headers()['x-content-type-options']).toBe('nosniff')
    await page.close()
  })

  for (const [label, base] of [['at /', rootUrl], ['under a sub-path', subUrl]] as const) {
    it(`cause no CSP violation ${label}: search, catalogues and the guide in use`, async () => {
      const context = await browser().newContext()
      await context.addInitScript(() => {
        const w = window as unknown as { cspViolations: string[] }
        w.cspViolations = []
        document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`))
      })
      const page = await context.newPage()
      const violations: string[] = []
      const collect = async () => violations.push(...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)))

      await page.goto(`${base}grundlagen/was-ist-ikz.html`, { waitUntil: 'networkidle' })
      await page.keyboard.press('/')
      await page.fill('#ikz-search-input', 'Zweckverband')
      await page.waitForSelector('.ikz-search-results a')
      await collect()

      await page.goto(`${base}beispiele/?bereich=wasser-abwasser`, { waitUntil: 'networkidle' })
      await page.fill('#ikz-cat-q', 'Verband')
      await collect()

      await page.goto(`${base}werkzeuge/kooperations-wegweiser.html?aufgabe=hoheitlich`, { waitUntil: 'networkidle' })
      await page.selectOption('#ikz-ww-land', 'nw')
      await collect()

      await page.goto(`${base}foerderung/`, { waitUntil: 'networkidle' })
      await collect()
      expect(violations).toEqual([])
      await context.close()
    })
  }

  it('are written by the build into the nginx, Apache and IIS configurations', () => {
    const headers = JSON.parse(readFileSync(join(rootDir, '_server/headers.json'), 'utf8')) as Record<string, string>
    const csp = headers['Content-Security-Policy'] ?? ''
    const nginx = readFileSync(join(rootDir, '_server/nginx.conf'), 'utf8')
    const apache = readFileSync(join(rootDir, '.htaccess'), 'utf8')
    const iis = readFileSync(join(rootDir, 'web.config'), 'utf8')
    expect(nginx).toContain(`add_header Content-Security-Policy "${csp}" always;`)
    expect(apache).toContain(`Header always set Content-Security-Policy "${csp}"`)
    expect(iis).toContain(`<add name="Content-Security-Policy" value="${csp.replace(/&/g, '&amp;')}" />`)
    for (const ext of ['wasm', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter', 'pagefind']) {
      expect(nginx).toMatch(new RegExp(`\\s${ext};`))
      expect(apache).toContain(`.${ext}`)
      expect(iis).toContain(`fileExtension=".${ext}"`)
    }
  })
})

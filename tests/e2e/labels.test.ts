import { describe, expect, inject, it } from 'vitest'
import { ui } from '../../toolkit/i18n'
import { useBrowser } from './support/chromium'

const rootUrl = inject('rootUrl')
const browser = useBrowser()

describe('theme labels come from the UI strings of the page language', () => {
  for (const lang of ['de', 'en'] as const) {
    const t = ui[lang]
    const prefix = lang === 'de' ? '' : 'en/'

    it(`${lang}: skip link, outline, last updated, language menu and appearance switch`, async () => {
      const page = await browser().newPage()
      await page.goto(`${rootUrl}${prefix}grundlagen/was-ist-ikz.html`, { waitUntil: 'networkidle' })
      expect((await page.textContent('.VPSkipLink'))?.trim()).toBe(t.theme.skipToContent)
      expect((await page.textContent('.VPDocAsideOutline .outline-title'))?.trim()).toBe(t.theme.outline)
      expect(await page.textContent('.VPDocFooter .last-updated')).toContain(t.theme.lastUpdated)
      // The page's `updated` date, written out in the page language in the HTML itself.
      const served = await (await fetch(`${rootUrl}${prefix}grundlagen/was-ist-ikz.html`)).text()
      const date = lang === 'de' ? String.raw`\d{1,2}\. \p{L}+ \d{4}` : String.raw`\p{L}+ \d{1,2}, \d{4}`
      expect(served).toMatch(new RegExp(`${t.theme.lastUpdated}: <time datetime="\\d{4}-\\d{2}-\\d{2}"[^>]*>${date}</time>`, 'u'))
      expect(await page.getAttribute('.VPNavBarTranslations button', 'aria-label')).toBe(t.theme.langMenu)
      expect(await page.getAttribute('.VPNavBarAppearance .VPSwitchAppearance', 'title')).toMatch(new RegExp(`${t.theme.darkModeSwitchTitle}|${t.theme.lightModeSwitchTitle}`))
      expect(await page.textContent('.ikz-page-sources h2')).toBe(t.page.sources)
      await page.close()
    })

    it(`${lang}: the 404 page`, async () => {
      const page = await browser().newPage()
      const response = await page.goto(`${rootUrl}${prefix}gibt-es-nicht.html`, { waitUntil: 'networkidle' })
      expect(response?.status()).toBe(404)
      expect((await page.textContent('.NotFound .title'))?.trim()).toBe(t.theme.notFound.title)
      expect((await page.textContent('.NotFound .link'))?.trim()).toBe(t.theme.notFound.linkText)
      await page.close()
    })

    it(`${lang}: the mobile menu and the sidebar button`, async () => {
      const context = await browser().newContext({ viewport: { width: 375, height: 700 } })
      const page = await context.newPage()
      await page.goto(`${rootUrl}${prefix}grundlagen/was-ist-ikz.html`, { waitUntil: 'networkidle' })
      expect((await page.textContent('.VPLocalNav .menu-text'))?.trim()).toBe(t.theme.sidebarMenu)
      await page.click('.VPNavBarHamburger')
      // The menu screen's code loads when it first opens.
      await page.locator(`.VPNavScreen >> text=${t.theme.darkModeSwitch}`).waitFor()
      expect(await page.isVisible(`.VPNavScreen >> text=${t.theme.darkModeSwitch}`)).toBe(true)
      await context.close()
    })
  }
})

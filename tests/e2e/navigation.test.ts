import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { guideSections } from '../../docs/.vitepress/sections'
import { launchChromium } from './support/chromium'
import { builtPages } from './support/pages'

const rootDir = inject('rootDir')
const rootUrl = inject('rootUrl')
const pages = builtPages(rootDir).filter((p) => p !== '404.html')

/** Internal links of a built page (nav, sidebar, content, footer), as page files. */
function linksOf(page: string): string[] {
  const html = readFileSync(join(rootDir, page), 'utf8')
  const out = new Set<string>()
  for (const m of html.matchAll(/href="(\/[^"#?]*)(?:[#?][^"]*)?"/g)) {
    let target = (m[1] as string).slice(1)
    if (target === '' || target.endsWith('/')) target += 'index.html'
    else if (!target.endsWith('.html')) target += '.html'
    if (pages.includes(target)) out.add(target)
  }
  return [...out]
}

/** Clicks from a start page to every page, by breadth-first search over the links. */
function clicksFrom(start: string): Map<string, number> {
  const depth = new Map([[start, 0]])
  const queue = [start]
  while (queue.length) {
    const page = queue.shift() as string
    for (const next of linksOf(page))
      if (!depth.has(next)) {
        depth.set(next, (depth.get(page) as number) + 1)
        queue.push(next)
      }
  }
  return depth
}

describe('navigation', () => {
  for (const [lang, home] of [['de', 'index.html'], ['en', 'en/index.html']] as const) {
    it(`${lang}: every page of the language is reachable from the home page in at most three clicks`, () => {
      const depth = clicksFrom(home)
      const ofLang = pages.filter((p) => (lang === 'en') === p.startsWith('en/'))
      const far = ofLang.filter((p) => (depth.get(p) ?? Infinity) > 3).map((p) => `${p}: ${depth.get(p) ?? 'unreachable'}`)
      expect(far).toEqual([])
      expect(ofLang.length).toBe(pages.length / 2)
      expect(ofLang.length).toBeGreaterThan(70)
    })
  }

  it('prev/next links follow the reading order of each section', () => {
    for (const section of guideSections) {
      for (let i = 1; i < section.pages.length - 1; i++) {
        const file = `${section.dir}/${section.pages[i]}.html`
        const html = readFileSync(join(rootDir, file), 'utf8')
        const prev = /class="[^"]*pager-link prev" href="([^"]+)"/.exec(html)?.[1]
        const next = /class="[^"]*pager-link next" href="([^"]+)"/.exec(html)?.[1]
        const expected = (slug: string | undefined) => `/${section.dir}/${slug === 'index' ? '' : `${slug}.html`}`
        expect(prev, file).toBe(expected(section.pages[i - 1]))
        expect(next, file).toBe(expected(section.pages[i + 1]))
      }
    }
  })
})

describe('glossary terms in the text', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('show their definition on keyboard focus, hide it on Escape and lead to the glossary entry', async () => {
    const page = await browser.newPage()
    await page.goto(`${rootUrl}grundlagen/was-ist-ikz.html`, { waitUntil: 'networkidle' })
    const term = page.locator('.ikz-term').first()
    const tip = term.locator('.ikz-term-tip')
    expect(await tip.isVisible()).toBe(false)
    await term.locator('a').focus()
    expect(await tip.isVisible()).toBe(true)
    const tipId = await tip.getAttribute('id')
    expect(await term.locator('a').getAttribute('aria-describedby')).toBe(tipId)
    expect((await tip.textContent())?.length).toBeGreaterThan(20)
    await page.keyboard.press('Escape')
    expect(await tip.isVisible()).toBe(false)
    // Leaving the term and coming back shows the definition again; Escape also hides it under the pointer.
    await page.locator('h1').first().click()
    await term.locator('a').focus()
    expect(await tip.isVisible()).toBe(true)
    await page.locator('h1').first().click()
    await term.locator('a').hover()
    expect(await tip.isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    expect(await tip.isVisible()).toBe(false)
    await page.mouse.move(0, 0)
    await term.locator('a').hover()
    expect(await tip.isVisible()).toBe(true)
    const href = (await term.locator('a').getAttribute('href')) ?? ''
    await term.locator('a').click()
    await page.waitForURL(new URL(href, rootUrl).href)
    const id = href.split('#')[1] ?? ''
    // The address changes first; the entry is there once the glossary page has rendered.
    await page.waitForSelector(`[id="${id}"]`)
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1)
    await page.close()
  })
})

describe('pages filled from the site settings', () => {
  it('show the operator and the accessibility contact from data/site.json', () => {
    const site = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/site.json'), 'utf8')) as { operator: { email: string }; accessibility: { contact: { email: string } } }
    for (const prefix of ['', 'en/']) {
      expect(readFileSync(join(rootDir, `${prefix}impressum.html`), 'utf8')).toContain(`mailto:${site.operator.email}`)
      expect(readFileSync(join(rootDir, `${prefix}barrierefreiheit.html`), 'utf8')).toContain(`mailto:${site.accessibility.contact.email}`)
    }
  })
})

describe('the sidebar in the browser', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** A page that records console errors: a sidebar hydrated against the wrong page logs one. */
  async function open(options?: { viewport: { width: number; height: number } }) {
    const page = await browser.newPage(options)
    const errors: string[] = []
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())))
    page.on('pageerror', (e) => void errors.push(e.message))
    return { page, errors }
  }
  const sidebarCode = (url: string) => /\/assets\/chunks\/(VPSidebar|de|en)\.[\w-]+\.js$/.test(url)
  const current = (page: Page) => page.$$eval('.VPSidebar .VPSidebarItem.is-active > .item .text', (els) => els.map((e) => e.textContent?.trim()))

  it('arrives as HTML with the current page marked, and loads its code when the reader turns to it', async () => {
    const { page, errors } = await open()
    const loaded: string[] = []
    page.on('request', (r) => void (sidebarCode(r.url()) && loaded.push(r.url())))
    await page.goto(`${rootUrl}grundlagen/was-ist-ikz.html`, { waitUntil: 'networkidle' })
    expect(loaded).toEqual([])
    expect(await current(page)).toEqual(['Was ist interkommunale Zusammenarbeit?'])
    // The page footer knows its neighbours without the sidebar.
    expect((await page.textContent('.VPDocFooter .pager-link.prev .title'))?.trim()).toBe('Grundlagen')
    expect((await page.textContent('.VPDocFooter .pager-link.next .title'))?.trim()).toBe('Warum Kommunen zusammenarbeiten – die Treiber')
    await page.hover('.VPSidebar .VPSidebarItem >> nth=4')
    await page.waitForFunction(() => document.querySelectorAll('.VPSidebar .VPSidebarItem').length > 10)
    await expect.poll(() => loaded.length).toBe(2)
    expect(await current(page)).toEqual(['Was ist interkommunale Zusammenarbeit?'])
    expect(errors).toEqual([])
    await page.close()
  })

  it('follows a move made outside it, and by keyboard', async () => {
    const { page, errors } = await open()
    await page.goto(`${rootUrl}grundlagen/was-ist-ikz.html`, { waitUntil: 'networkidle' })
    await page.click('.VPDocFooter .pager-link.next')
    await page.waitForURL(/grundlagen\/treiber\.html$/)
    await expect.poll(() => current(page)).toEqual(['Warum Kommunen zusammenarbeiten – die Treiber'])
    expect((await page.textContent('.VPDocFooter .pager-link.prev .title'))?.trim()).toBe('Was ist interkommunale Zusammenarbeit?')
    // Focus moves into the sidebar and along its links; Enter follows one.
    await page.focus('.VPSidebar a[href$="grundlagen/nutzen.html"]')
    await page.keyboard.press('Tab')
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'))
    expect(target).toMatch(/grundlagen\/risiken-und-grenzen\.html$/)
    await page.keyboard.press('Enter')
    await page.waitForURL(/risiken-und-grenzen\.html$/)
    await expect.poll(() => current(page)).toEqual(['Risiken, Kosten und Grenzen'])
    expect(errors).toEqual([])
    await page.close()
  })

  it('opens from the mobile menu with the focus in it and closes with Escape', async () => {
    const { page, errors } = await open({ viewport: { width: 390, height: 800 } })
    await page.goto(`${rootUrl}kooperationsformen/zweckverband.html`, { waitUntil: 'networkidle' })
    expect(await page.locator('.VPSidebar.open').count()).toBe(0)
    await page.click('.VPLocalNav .menu')
    await page.waitForSelector('.VPSidebar.open')
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('VPSidebar'))).toBe(true)
    expect(await current(page)).toEqual(['Zweckverband'])
    await page.keyboard.press('Escape')
    await page.waitForSelector('.VPSidebar:not(.open)', { state: 'attached' })
    expect(await page.evaluate(() => document.activeElement?.classList.contains('menu'))).toBe(true)
    expect(errors).toEqual([])
    await page.close()
  })

  // Each language's sidebar is its own module, loaded before a page of that language renders.
  it('follows the reader from a German page to its English counterpart without a reload', async () => {
    const { page, errors } = await open()
    await page.goto(`${rootUrl}grundlagen/`, { waitUntil: 'networkidle' })
    const sidebarTexts = () => page.$$eval('.VPSidebar .VPSidebarItem .text', (els) => els.map((e) => e.textContent?.trim()))
    const german = await sidebarTexts()
    expect(german.length).toBeGreaterThan(10)
    await page.evaluate(() => ((window as unknown as { ikzMarker: boolean }).ikzMarker = true))
    // The language menu of the desktop navigation bar leads to the counterpart.
    await page.hover('.VPNavBarTranslations')
    await page.click('.VPNavBarTranslations .VPMenuLink a:has-text("English")')
    await page.waitForURL(/\/en\/grundlagen\//)
    await page.waitForFunction(() => document.documentElement.lang.startsWith('en'))
    const english = await sidebarTexts()
    expect(english.length).toBe(german.length)
    expect(english).not.toEqual(german)
    expect(english).toContain('Success factors')
    // The frame speaks English too: its labels came with the English module.
    expect((await page.textContent('.VPNavBarMenu'))?.replace(/\s+/g, ' ')).toContain('Basics')
    expect((await page.textContent('.VPDocFooter .pager-link.next .desc'))?.trim()).toBe('Next page')
    // Still the same document: the switch happened in the page, not by loading a new one.
    expect(await page.evaluate(() => (window as unknown as { ikzMarker?: boolean }).ikzMarker)).toBe(true)
    expect(errors).toEqual([])
    await page.close()
  })
})

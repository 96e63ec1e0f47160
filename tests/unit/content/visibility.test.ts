import { describe, expect, it } from 'vitest'
import type { SiteSettings } from '../../../toolkit/content/collections'
import { isHiddenPage, PART_DIRS, TOOL_PAGES } from '../../../toolkit/content/visibility'

const all: SiteSettings['show'] = { basics: true, process: true, methods: true, reference: true, practice: true, faq: true, tools: { wegweiser: true, stakeholders: true, strategy: true } }

describe('pages of hidden parts', () => {
  it('hides nothing when everything is shown', () => {
    for (const path of ['index.html', 'en/index.html', 'faq/index.html', 'glossar/index.html', 'werkzeuge/stakeholder-analyse.html', 'impressum.html']) expect(isHiddenPage(path, all)).toBe(false)
  })

  it('hides every folder of a hidden part, in both languages, and nothing else', () => {
    const show = { ...all, reference: false }
    for (const dir of PART_DIRS.reference) {
      expect(isHiddenPage(`${dir}/index.html`, show)).toBe(true)
      expect(isHiddenPage(`en/${dir}/zweckverband.html`, show)).toBe(true)
    }
    expect(isHiddenPage('grundlagen/index.html', show)).toBe(false)
    expect(isHiddenPage('beispiele/index.html', show)).toBe(false)
    expect(isHiddenPage('index.html', show)).toBe(false)
    // A page merely named like a folder is not inside it.
    expect(isHiddenPage('glossar.html', show)).toBe(false)
  })

  it("hides a hidden tool's page only", () => {
    const show = { ...all, tools: { ...all.tools, stakeholders: false } }
    expect(isHiddenPage(`werkzeuge/${TOOL_PAGES.stakeholders}.html`, show)).toBe(true)
    expect(isHiddenPage(`en/werkzeuge/${TOOL_PAGES.stakeholders}.html`, show)).toBe(true)
    expect(isHiddenPage(`werkzeuge/${TOOL_PAGES.strategy}.html`, show)).toBe(false)
    expect(isHiddenPage('methoden/stakeholder-analyse.html', show)).toBe(false)
  })
})

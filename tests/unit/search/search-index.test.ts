import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startSearchIndex } from '../../../scripts/lib/search-index'

const page = (lang: string, title: string, text: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ikz-search-'))
  dirs.push(dir)
  for (const [rel, html] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true })
    writeFileSync(join(dir, rel), html)
  }
  return dir
}

describe('search index made while the site is rendered', () => {
  it('takes pages given during the build and reads the rest from disk, one index per language', async () => {
    const given = page('de', 'Zweckverband', 'Eine Körperschaft des öffentlichen Rechts.')
    const dir = site({
      'kooperationsformen/zweckverband.html': given,
      'en/grundlagen/was-ist-ikz.html': page('en', 'What is IKZ', 'Intermunicipal cooperation.'),
      '404.html': page('de', '404', 'Seite nicht gefunden'),
    })
    const index = await startSearchIndex()
    index.add('kooperationsformen/zweckverband.html', given)
    // Given twice (a page rendered again) or not searchable: taken once, or not at all.
    index.add('kooperationsformen/zweckverband.html', given)
    index.add('404.html', page('de', '404', 'Seite nicht gefunden'))
    const result = await index.finish(dir)
    expect(result).toEqual({ pages: 2, languages: ['de', 'en'] })
    const written = readdirSync(join(dir, 'pagefind'))
    expect(written).toContain('pagefind.js')
    expect(written.filter((f) => f.startsWith('pagefind.') && f.endsWith('.pf_meta')).length).toBe(2)
  })

  it('leaves out the pages it is told to skip, whether given or read from disk', async () => {
    const hidden = page('de', 'FAQ', 'Häufige Fragen')
    const dir = site({
      'index.html': page('de', 'Start', 'Text'),
      'faq/index.html': hidden,
      'en/faq/index.html': page('en', 'FAQ', 'Frequent questions'),
    })
    const index = await startSearchIndex({ skip: (path) => path.replace(/^en\//, '').startsWith('faq/') })
    index.add('faq/index.html', hidden)
    expect(await index.finish(dir)).toEqual({ pages: 1, languages: ['de'] })
  })

  it('stops Pagefind without writing an index when the build fails', async () => {
    const dir = site({ 'index.html': page('de', 'Start', 'Text') })
    const index = await startSearchIndex()
    index.add('index.html', page('de', 'Start', 'Text'))
    await index.abandon()
    expect(readdirSync(dir)).toEqual(['index.html'])
  })
})

import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { listTree } from '../../toolkit/content/load'

const repo = resolve(import.meta.dirname, '../..')
const fixture = resolve(repo, 'tests/fixtures/content/base')

/** Runs `npm run build` the way a person does, for the fixture site. */
function build(root: string, outDir: string, base?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: repo,
    env: { ...process.env, IKZ_ROOT: root, IKZ_OUT: outDir, IKZ_BASE: base ?? '' },
    encoding: 'utf8',
  })
  return { status: r.status, out: r.stdout, err: r.stderr }
}

const tmp = mkdtempSync(join(tmpdir(), 'ikz-build-'))
const rootOut = join(tmp, 'root')
const subOut = join(tmp, 'sub')
let rootRun: ReturnType<typeof build>
let subRun: ReturnType<typeof build>
const html = (dir: string, rel: string) => readFileSync(join(dir, rel), 'utf8')

beforeAll(() => {
  rootRun = build(fixture, rootOut)
  subRun = build(fixture, subOut, '/amt/wissen/')
})

describe('npm run build on a fixture site', () => {
  it('prints concise progress for each step and the total time', () => {
    expect(rootRun.err).not.toMatch(/✗/)
    expect(rootRun.status).toBe(0)
    expect(rootRun.out).toMatch(/✓ check {6}4 pages, data valid \(\d+\.\d s\)/)
    expect(rootRun.out).toMatch(/✓ vitepress {2}built into .* for base \/ \(\d+\.\d s\)/)
    expect(rootRun.out).toMatch(/✓ open data  \d+ files \(JSON and CSV\) \(\d+\.\d s\)/)
    expect(rootRun.out).toMatch(/✓ pagefind {3}indexed 4 pages in de, en, written \(\d+\.\d s\)/)
    expect(rootRun.out).toMatch(/✓ headers {4}CSP with \d+ inline-script hashes.*\(\d+\.\d s\)/)
    expect(rootRun.out).toMatch(/done in \d+\.\d s/)
  })

  it('writes every page in both languages and the 404 page', () => {
    const files = listTree(rootOut)
    for (const page of ['index.html', 'en/index.html', 'seiten/seite.html', 'en/seiten/seite.html', '404.html']) expect(files).toContain(page)
    expect(html(rootOut, 'seiten/seite.html')).toMatch(/<html lang="de"/)
    expect(html(rootOut, 'en/seiten/seite.html')).toMatch(/<html lang="en"/)
  })

  it('gives headings the anchors the checker expects', () => {
    const page = html(rootOut, 'seiten/seite.html')
    expect(page).toContain('id="erster-abschnitt"')
    expect(page).toContain('id="ueber-uns"')
  })

  it('keeps page metadata out of the HTML (metaChunk)', () => {
    expect(html(rootOut, 'index.html')).not.toContain('__VP_SITE_DATA__')
    expect(listTree(join(rootOut, 'assets/chunks')).some((f) => f.startsWith('metadata.'))).toBe(true)
  })

  it('writes one Pagefind index per language', () => {
    const entry = JSON.parse(html(rootOut, 'pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> }
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en'])
    expect(entry.languages.de?.page_count).toBe(2)
    expect(entry.languages.en?.page_count).toBe(2)
  })

  it('builds for a sub-path, favicon and search included', () => {
    expect(subRun.status).toBe(0)
    const home = html(subOut, 'index.html')
    expect(home).toContain('href="/amt/wissen/favicon.svg"')
    expect(home).toMatch(/src="\/amt\/wissen\/assets\//)
    expect(home).not.toMatch(/(src|href)="\/assets\//)
    expect(existsSync(join(subOut, 'pagefind/pagefind.js'))).toBe(true)
    expect(subRun.out).toMatch(/for base \/amt\/wissen\//)
  })

  it('stops before building when the content check fails, naming file and line', () => {
    const broken = join(tmp, 'broken')
    cpSync(fixture, broken, { recursive: true })
    writeFileSync(join(broken, 'docs/seiten/seite.md'), '---\ntitle: Ohne Beschreibung\nupdated: 2026-11-23\nkind: meta\n---\n\n# Seite\n')
    const out = join(tmp, 'broken-out')
    const run = build(broken, out)
    expect(run.status).toBe(1)
    expect(run.err).toContain('✗ build failed: content check failed')
    expect(run.err).toContain('docs/seiten/seite.md:1 description: required field is missing (expected string)')
    expect(existsSync(join(out, 'index.html'))).toBe(false)
  })

  it('packs a build as versioned .tar.gz and .zip with SHA-256 checksums', () => {
    const release = join(tmp, 'release')
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package.ts', '--no-build'], {
      cwd: repo,
      env: { ...process.env, IKZ_OUT: subOut, IKZ_RELEASE: release, IKZ_BASE: '/amt/wissen/' },
      encoding: 'utf8',
    })
    expect(r.stderr).not.toMatch(/✗/)
    expect(r.status).toBe(0)
    const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version
    const name = `ikz-kit-${version}-amt-wissen`
    expect(listTree(release).sort()).toEqual([`${name}.sha256`, `${name}.tar.gz`, `${name}.zip`])
    const sums = readFileSync(join(release, `${name}.sha256`), 'utf8')
    for (const file of [`${name}.tar.gz`, `${name}.zip`]) {
      const digest = createHash('sha256').update(readFileSync(join(release, file))).digest('hex')
      expect(sums).toContain(`${digest}  ${file}`)
    }
    const listing = spawnSync('tar', ['tzf', join(release, `${name}.tar.gz`)], { encoding: 'utf8' }).stdout
    expect(listing).toContain(`${name}/index.html`)
    expect(listing).toContain(`${name}/_server/nginx.conf`)
    expect(listing).toContain(`${name}/pagefind/pagefind.js`)
  })

  it('takes name, logo, accent colour, visible sections and operator details from data/site.json', () => {
    // Beside the fixture, so its configuration still finds the site's at the same relative path.
    const custom = resolve(fixture, '../.tmp-custom')
    rmSync(custom, { recursive: true, force: true })
    cpSync(fixture, custom, { recursive: true })
    const site = JSON.parse(readFileSync(join(custom, 'data/site.json'), 'utf8')) as Record<string, unknown>
    Object.assign(site, {
      name: 'Wissensportal Test-Verwaltung',
      branding: { logo: 'bild.svg', accent: '#8a1538', accentDark: '#f0a0b4' },
      show: { basics: true, process: true, methods: true, reference: true, practice: true, faq: false, tools: { wegweiser: true, stakeholders: false, strategy: true } },
      operator: { name: 'Test-Verwaltung', address: ['Testweg 1', '00000 Teststadt'], email: 'portal@test-verwaltung.example' },
    })
    writeFileSync(join(custom, 'data/site.json'), JSON.stringify(site, null, 2))
    // A page of the hidden FAQ part, in both languages: built, so links to it work, but not searchable.
    for (const lang of ['', 'en/']) {
      mkdirSync(join(custom, 'docs', lang, 'faq'), { recursive: true })
      writeFileSync(join(custom, 'docs', lang, 'faq/index.md'), readFileSync(join(custom, 'docs', lang, 'seiten/seite.md'), 'utf8'))
    }
    const out = join(tmp, 'custom-out')
    const run = build(custom, out)
    expect(run.status).toBe(0)
    const home = html(out, 'index.html')
    expect(home).toMatch(/<title>[^<]*Wissensportal Test-Verwaltung<\/title>/)
    expect(home).toMatch(/<img class="VPImage logo" src="\/bild\.svg"/)
    expect(home).toContain('--vp-c-brand-1:#8a1538')
    expect(home).toContain('.dark{--vp-c-brand-1:#f0a0b4}')
    expect(home).not.toMatch(/href="\/faq\/"/)
    expect(home).toMatch(/href="\/grundlagen\/"/)
    expect(home).toMatch(/href="\/werkzeuge\/leitbild-werkstatt(\.html)?"/)
    expect(home).not.toMatch(/href="\/werkzeuge\/stakeholder-analyse/)
    expect(existsSync(join(out, 'faq/index.html'))).toBe(true)
    expect(existsSync(join(out, 'en/faq/index.html'))).toBe(true)
    expect(html(out, 'faq/index.html')).toContain('<meta name="robots" content="noindex">')
    expect(html(out, 'seiten/seite.html')).not.toContain('noindex')
    const searchable = listTree(out).filter((f) => f.endsWith('.html') && f !== '404.html' && !f.startsWith('pagefind/') && !/^(en\/)?faq\//.test(f))
    expect(run.out).toContain(`indexed ${searchable.length} pages`)
    const page = html(out, 'seiten/seite.html')
    expect(page).toContain('mailto:portal@test-verwaltung.example')
    expect(page).toContain('Testweg 1')
    rmSync(custom, { recursive: true, force: true })
  })

  it('rejects an IKZ_BASE that is not a URL path', () => {
    const run = build(fixture, join(tmp, 'bad-base'), 'http://evil.example/')
    expect(run.status).toBe(1)
    expect(run.err).toContain('IKZ_BASE must be a URL path')
  })
})

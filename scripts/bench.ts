/**
 * `npm run bench`: measures the site and prints a table; writes bench-results/latest.json.
 * `npm run bench -- --check` also compares with bench/budgets.json and fails when a budget is
 * exceeded. Everything is measured in this run against plain VitePress builds made beside it.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { stringify } from 'yaml'
import { budgets, checkBudgets, medianOf, type BenchResults, type PageWeight } from '../toolkit/bench/budgets'
import { listTree } from '../toolkit/content/load'
import { loadData } from '../toolkit/content/load-data'
import { generatedPages, pageSource, routeOfPage } from '../toolkit/content/pages'
import { launchChromium } from '../tests/e2e/support/chromium'
import { scrollToTool } from '../tests/e2e/support/pages'
import { lighthouseScores } from './lib/bench-lighthouse'
import { scaledProject } from './lib/bench-scale'
import { measureStakeholders } from './lib/bench-stakeholders'
import { measureStrategy } from './lib/bench-strategy'
import { builtHeaders, createStaticServer } from './lib/static-server'

const repo = resolve(import.meta.dirname, '..')
// Inside the project, so the plain builds resolve vue and vitepress from its node_modules.
mkdirSync(join(repo, '.cache'), { recursive: true })
const work = mkdtempSync(join(repo, '.cache', 'bench-'))
const log = (s: string) => process.stderr.write(`${s}\n`)

/** The heap limit `npm run build` sets too: Vite needs more than Node's default for thousands of pages. */
const HEAP = '--max-old-space-size=8192'

interface Measured {
  ms: number
  maxRssMb: number
  steps?: Record<string, number>
}

function measure(mode: 'full' | 'plain', src: string, out: string): Measured {
  const stdout = execFileSync(process.execPath, [HEAP, '--import', 'tsx', 'scripts/lib/measure.ts', mode, src, out], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 })
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Measured
}

/**
 * The full pipeline and the plain build, alternately `runs` times: a build's wall time varies
 * by a tenth from run to run on a shared machine, and alternating spreads any drift over both.
 */
function measureBuilds(runs: number, plainDocs: string) {
  const full: Measured[] = []
  const plain: Measured[] = []
  for (let i = 1; i <= runs; i++) {
    log(`building the site (full pipeline), run ${i} of ${runs} …`)
    full.push(measure('full', repo, join(work, 'full')))
    log(`building the same pages with plain VitePress, run ${i} of ${runs} …`)
    plain.push(measure('plain', plainDocs, join(work, 'plain')))
  }
  const stepNames = Object.keys(full[0]?.steps ?? {})
  return {
    fullMs: medianOf(full.map((m) => m.ms)),
    fullMaxRssMb: Math.max(...full.map((m) => m.maxRssMb)),
    plainMs: medianOf(plain.map((m) => m.ms)),
    plainMaxRssMb: Math.max(...plain.map((m) => m.maxRssMb)),
    fullRunsMs: full.map((m) => m.ms),
    plainRunsMs: plain.map((m) => m.ms),
    steps: Object.fromEntries(stepNames.map((name) => [name, medianOf(full.map((m) => m.steps?.[name] ?? Number.NaN))])),
  }
}

/**
 * Plain Markdown: the site's own components go, their imports and their tags. (A tag left in
 * would be taken for the page itself where the names match, as on the tool pages.)
 */
const plainMarkdown = (md: string) => md.replace(/<script setup[^>]*>[\s\S]*?<\/script>\n*/g, '').replace(/<[A-Z][A-Za-z]*(?:\s[^>]*)?\/>/g, '')

/** The same pages as plain Markdown for a default-theme VitePress build: written pages and generated ones. */
function plainSite(dir: string): void {
  const docs = join(dir, 'docs')
  for (const rel of listTree(join(repo, 'docs'))) {
    if (!rel.endsWith('.md') || rel.startsWith('.vitepress/') || rel.includes('[')) continue
    mkdirSync(dirname(join(docs, rel)), { recursive: true })
    writeFileSync(join(docs, rel), plainMarkdown(readFileSync(join(repo, 'docs', rel), 'utf8')))
  }
  for (const page of generatedPages(loadData(join(repo, 'data')))) {
    const file = join(docs, `${routeOfPage(page)}.md`)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, plainMarkdown(pageSource(page, stringify)))
  }
  mkdirSync(join(docs, '.vitepress'), { recursive: true })
  writeFileSync(join(docs, '.vitepress/config.mts'), `export default { title: 'Plain', ignoreDeadLinks: true, locales: { root: { label: 'Deutsch', lang: 'de' }, en: { label: 'English', lang: 'en' } } }\n`)
}

function bareSite(dir: string): void {
  mkdirSync(join(dir, 'docs/.vitepress'), { recursive: true })
  writeFileSync(join(dir, 'docs/index.md'), '# Bare page\n\nA default-theme VitePress page with one paragraph.\n')
  writeFileSync(join(dir, 'docs/.vitepress/config.mts'), `export default { title: 'Bare' }\n`)
}

async function serve(root: string) {
  const server = createStaticServer({ root, base: '/', headers: builtHeaders(root) })
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }
}

/** What a first visit to a page transfers, by kind, after gzip. */
async function weigh(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const weight: PageWeight = { html: 0, js: 0, css: 0 }
  const pending: Promise<void>[] = []
  page.on('response', (r) => {
    pending.push(
      r.body().then(
        (body) => {
          const size = gzipSync(body, { level: 9 }).length
          const type = r.request().resourceType()
          if (type === 'document') weight.html += size
          else if (type === 'script') weight.js += size
          else if (type === 'stylesheet') weight.css += size
        },
        () => {},
      ),
    )
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  // A tool starts as the reader scrolls to it; its code counts as the page's.
  await scrollToTool(page)
  await page.waitForFunction(() => !document.querySelector('.ikz-tool-pending'))
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500)
  await Promise.all(pending)
  await context.close()
  return weight
}

async function firstSearch(browser: Browser, url: string, query: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'networkidle' })
  let bytes = 0
  const pending: Promise<void>[] = []
  page.on('response', (r) => {
    // Bytes on the wire: the server compresses as the generated configurations do.
    // A worker's script reports no size; it is counted compressed like the rest.
    if (r.url().includes('/pagefind/'))
      pending.push(Promise.all([r.request().sizes(), r.body()]).then(([z, b]) => void (bytes += z.responseBodySize || gzipSync(b).length), () => {}))
  })
  const start = performance.now()
  await page.keyboard.press('/')
  await page.fill('#ikz-search-input', query)
  await page.waitForFunction((q) => (document.querySelector('.ikz-search-status')?.textContent ?? '').includes(q), query)
  const ms = performance.now() - start - 150 // the input waits 150 ms before it searches
  await Promise.all(pending)
  await context.close()
  return { kb: bytes / 1024, ms }
}

const pageTypes: Record<string, string> = {
  home: '',
  guide: 'grundlagen/was-ist-ikz.html',
  reference: 'kooperationsformen/zweckverband.html',
  catalogue: 'beispiele/',
  funding: 'foerderung/',
  'tool: kooperations-wegweiser': 'werkzeuge/kooperations-wegweiser.html',
  'tool: stakeholder-analyse': 'werkzeuge/stakeholder-analyse.html',
  'tool: leitbild-werkstatt': 'werkzeuge/leitbild-werkstatt.html',
}
const toolPages = ['tool: kooperations-wegweiser', 'tool: stakeholder-analyse', 'tool: leitbild-werkstatt']
const SCALES = [500, 1000, 2000]
const skipScale = process.argv.includes('--no-scale')
const runsArg = process.argv.indexOf('--runs')
/** How often each of the two builds is measured (`--runs N`, default 3). */
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs needs a whole number of at least 1')

try {
  plainSite(join(work, 'plain-src'))
  const builds = measureBuilds(RUNS, join(work, 'plain-src/docs'))
  log('building a bare VitePress page …')
  bareSite(join(work, 'bare-src'))
  measure('plain', join(work, 'bare-src/docs'), join(work, 'bare'))

  const browser = await launchChromium()
  const site = await serve(join(work, 'full'))
  const bare = await serve(join(work, 'bare'))
  const results: BenchResults = {
    build: { ...builds, pages: listTree(join(work, 'full')).filter((f) => f.endsWith('.html')).length },
    pages: {},
    bare: await weigh(browser, bare.url),
    search: [],
    scale: [],
    lighthouse: {},
    tools: {},
  }
  for (const [name, path] of Object.entries(pageTypes)) results.pages[name] = await weigh(browser, site.url + path)
  for (const [lang, path, query] of [['de', 'grundlagen/was-ist-ikz.html', 'Zweckverband'], ['de', 'index.html', 'Vergaberecht'], ['en', 'en/grundlagen/was-ist-ikz.html', 'procurement'], ['en', 'en/index.html', 'special-purpose association']] as const)
    results.search.push({ query, lang, ...(await firstSearch(browser, site.url + path, query)) })
  log('measuring the workshop tool with 500 cards …')
  results.tools.strategy = await measureStrategy(browser, `${site.url}werkzeuge/leitbild-werkstatt.html`, work)
  log('measuring the stakeholder tool with 1,000 stakeholders and 2,000 relations …')
  results.tools.stakeholders = await measureStakeholders(browser, `${site.url}werkzeuge/stakeholder-analyse.html`, work)
  await browser.close()
  log('running Lighthouse (mobile) per page type …')
  results.lighthouse = await lighthouseScores(Object.fromEntries(Object.entries(pageTypes).map(([name, path]) => [name, site.url + path])))
  site.server.close()
  bare.server.close()

  const perLanguage = Math.floor(results.build.pages / 2)
  if (!skipScale)
    for (const target of SCALES) {
      log(`building a generated site of ${target} pages per language …`)
      const src = join(work, `scale-${target}`)
      scaledProject(repo, src, target, perLanguage)
      try {
        const m = measure('full', src, join(work, `scale-${target}-out`))
        const pages = listTree(join(work, `scale-${target}-out`)).filter((f) => f.endsWith('.html')).length
        results.scale.push({ perLanguage: target, pages, ms: m.ms, maxRssMb: m.maxRssMb })
      } catch (e) {
        log(`  failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`)
        results.scale.push({ perLanguage: target, pages: 0, ms: Number.NaN, maxRssMb: Number.NaN })
      }
      rmSync(src, { recursive: true, force: true })
      rmSync(join(work, `scale-${target}-out`), { recursive: true, force: true })
    }

  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`
  const s = (v: number) => `${(v / 1000).toFixed(1)} s`
  const range = (runs: number[]) => `${s(Math.min(...runs))}–${s(Math.max(...runs))}`
  console.log(`\nBuild (${results.build.pages} HTML files; median of ${RUNS} runs each, alternating)`)
  console.log(`  full pipeline   ${s(builds.fullMs)} (${range(builds.fullRunsMs)}), peak ${builds.fullMaxRssMb.toFixed(0)} MB`)
  console.log(`  plain VitePress ${s(builds.plainMs)} (${range(builds.plainRunsMs)}), peak ${builds.plainMaxRssMb.toFixed(0)} MB`)
  console.log(`  full pipeline by step: ${Object.entries(builds.steps).map(([name, ms]) => `${name} ${s(ms)}`).join(' · ')}`)
  console.log('\nTransferred on a first visit (gzip)   HTML       JS        CSS')
  for (const [name, w] of [...Object.entries(results.pages), ['bare VitePress page', results.bare] as const])
    console.log(`  ${name.padEnd(34)} ${kb(w.html).padStart(9)} ${kb(w.js).padStart(9)} ${kb(w.css).padStart(9)}`)
  console.log('\nFirst search')
  for (const s of results.search) console.log(`  ${`"${s.query}" (${s.lang})`.padEnd(36)} ${s.kb.toFixed(1).padStart(7)} KB ${s.ms.toFixed(0).padStart(6)} ms`)
  const sh = results.tools.stakeholders
  const st = results.tools.strategy
  const ms = (v: number) => `${v.toFixed(0)} ms`
  if (sh) {
    console.log(`\nStakeholder tool, ${sh.stakeholders} stakeholders and ${sh.relations} relations`)
    console.log(`  import to register ${ms(sh.importMs)} · grid drawn ${ms(sh.gridMs)} · network drawn ${ms(sh.networkMs)} (layout alone ${ms(sh.layoutMs)})`)
    console.log(`  frame time while dragging: 95th percentile ${sh.dragFrameP95Ms.toFixed(1)} ms, longest ${sh.dragFrameMaxMs.toFixed(1)} ms`)
  }
  if (st) console.log(`\nWorkshop tool, ${st.cards} cards: import ${ms(st.importMs)} · board drawn ${ms(st.boardMs)} · move a card ${ms(st.moveMs)} · document ${ms(st.documentMs)} (${st.documentKb.toFixed(0)} KB HTML)`)
  console.log('\nLighthouse (mobile, median of 5)       perf (range)  a11y  best   SEO')
  for (const [name, l] of Object.entries(results.lighthouse))
    console.log(`  ${name.padEnd(34)} ${String(l.performance).padStart(5)} ${`(${l.performanceRange?.join('–') ?? ''})`.padStart(8)} ${String(l.accessibility).padStart(5)} ${String(l.bestPractices).padStart(5)} ${String(l.seo).padStart(5)}${l.misses.length ? `  — ${l.misses.join(', ')}` : ''}`)
  if (results.scale.length) {
    console.log('\nGenerated sites (full pipeline)     HTML files   time    per page   peak memory')
    for (const g of [{ perLanguage, pages: results.build.pages, ms: builds.fullMs, maxRssMb: builds.fullMaxRssMb }, ...results.scale])
      console.log(`  ${`${g.perLanguage} pages per language`.padEnd(34)} ${String(g.pages).padStart(6)} ${(g.ms / 1000).toFixed(1).padStart(7)} s ${(g.ms / g.pages).toFixed(1).padStart(7)} ms ${g.maxRssMb.toFixed(0).padStart(8)} MB`)
  }

  mkdirSync(join(repo, 'bench-results'), { recursive: true })
  writeFileSync(join(repo, 'bench-results/latest.json'), `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`)

  if (process.argv.includes('--check')) {
    const checks = checkBudgets(results, budgets.parse(JSON.parse(readFileSync(join(repo, 'bench/budgets.json'), 'utf8'))), toolPages)
    console.log('\nBudgets')
    for (const c of checks) console.log(`  ${c.ok ? '✓' : '✗'} ${c.name.padEnd(52)} ${c.measured.padStart(10)}  (${c.limit})`)
    if (checks.some((c) => !c.ok)) process.exitCode = 1
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

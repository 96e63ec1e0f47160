import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { loadData } from '../../toolkit/content/load-data'
import { openDataFiles } from '../../toolkit/opendata/export'
import { listTree } from '../../toolkit/content/load'
import { scriptHashes, securityHeaders } from '../../toolkit/operate/csp'
import { apacheConfig, iisConfig, nginxConfig } from '../../toolkit/operate/server-configs'
import { build } from 'vitepress'
import { checkProject } from '../../toolkit/content/check'
import { formatProblem } from '../../toolkit/content/problem'
import { isHiddenPage } from '../../toolkit/content/visibility'
import { normaliseBase, repoRoot } from '../../docs/.vitepress/site-paths'
import { startSearchIndex } from './search-index'
import { listenToRenderedPages } from '../../docs/.vitepress/rendered-pages'

export interface BuildOptions {
  /** Project root with data/ and docs/. */
  root: string
  outDir: string
  base?: string
  log?: (line: string) => void
}

/**
 * The steps of the pipeline, in order; each one's wall time is reported. Pagefind indexes the
 * pages while VitePress renders them, so `search` is only what is left after the build: the
 * last pages and writing the index.
 */
export type BuildStep = 'check' | 'vitepress' | 'openData' | 'search' | 'headers'

export interface BuildResult {
  /** Pages in the search index. */
  pages: number
  languages: string[]
  /** Wall time of each step in milliseconds. */
  steps: Record<BuildStep, number>
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** check → VitePress build, with the Pagefind index made as pages are rendered → open data → headers. Throws on the first failing step. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? (() => {})
  const start = performance.now()
  const base = normaliseBase(options.base)
  const steps = {} as Record<BuildStep, number>
  let step = performance.now()
  /** Records the step that began at `step` and starts the next. */
  const took = (name: BuildStep) => {
    steps[name] = performance.now() - step
    step = performance.now()
    return seconds(steps[name])
  }

  const { problems, pages } = checkProject(options.root, repoRoot)
  if (problems.length) throw new Error(`content check failed:\n${problems.map(formatProblem).join('\n')}`)
  log(`✓ check      ${pages} pages, data valid (${took('check')})`)

  await rm(options.outDir, { recursive: true, force: true })
  process.env.IKZ_OUT = options.outDir
  process.env.IKZ_BASE = base
  const data = loadData(resolve(options.root, 'data'))
  // Pagefind runs as a program of its own: it indexes each page as soon as it is rendered,
  // on another processor core, while VitePress renders the rest. Pages of the parts the
  // operator hides are built but not searchable.
  const search = await startSearchIndex({ skip: (path) => isHiddenPage(path, data.site.show) })
  listenToRenderedPages((file, html) => search.add(relative(options.outDir, file).split('\\').join('/'), html))
  try {
    await build(resolve(options.root, 'docs'), { base, outDir: options.outDir })
  } catch (e) {
    await search.abandon()
    throw e
  } finally {
    listenToRenderedPages(undefined)
  }
  log(`✓ vitepress  built into ${options.outDir} for base ${base} (${took('vitepress')})`)

  const files = data.examples ? openDataFiles(data) : {}
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(dirname(join(options.outDir, rel)), { recursive: true })
    await writeFile(join(options.outDir, rel), content)
  }
  log(`✓ open data  ${Object.keys(files).length} files (JSON and CSV) (${took('openData')})`)

  const index = await search.finish(options.outDir)
  log(`✓ pagefind   indexed ${index.pages} pages in ${index.languages.join(', ')}, written (${took('search')})`)
  const html = listTree(options.outDir).filter((f) => f.endsWith('.html'))
  const hashes = scriptHashes(await Promise.all(html.map((f) => readFile(join(options.outDir, f), 'utf8'))))
  const headers = securityHeaders(hashes)
  const server = join(options.outDir, '_server')
  await mkdir(server, { recursive: true })
  await writeFile(join(server, 'headers.json'), `${JSON.stringify(headers, null, 2)}\n`)
  await writeFile(join(server, 'nginx.conf'), nginxConfig(base, headers))
  await writeFile(join(server, 'apache.htaccess'), apacheConfig(headers))
  await writeFile(join(server, 'web.config'), iisConfig(headers))
  await writeFile(join(options.outDir, '.htaccess'), apacheConfig(headers))
  await writeFile(join(options.outDir, 'web.config'), iisConfig(headers))
  log(`✓ headers    CSP with ${hashes.length} inline-script hashes; nginx, Apache and IIS configurations in _server/ (${took('headers')})`)
  log(`done in ${seconds(performance.now() - start)}`)
  return { ...index, steps }
}

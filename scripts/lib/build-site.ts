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

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`

/** check → VitePress build, with the Pagefind index made as pages are rendered → open data → headers. Throws on the first failing step. */
export async function buildSite(options: BuildOptions): Promise<{ pages: number; languages: string[] }> {
  const log = options.log ?? (() => {})
  const start = performance.now()
  const base = normaliseBase(options.base)

  let step = performance.now()
  const { problems, pages } = checkProject(options.root, repoRoot)
  if (problems.length) throw new Error(`content check failed:\n${problems.map(formatProblem).join('\n')}`)
  log(`✓ check      ${pages} pages, data valid (${seconds(step)})`)

  step = performance.now()
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
  log(`✓ vitepress  built into ${options.outDir} for base ${base} (${seconds(step)})`)

  step = performance.now()
  const files = data.examples ? openDataFiles(data) : {}
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(dirname(join(options.outDir, rel)), { recursive: true })
    await writeFile(join(options.outDir, rel), content)
  }
  log(`✓ open data  ${Object.keys(files).length} files (JSON and CSV) (${seconds(step)})`)

  step = performance.now()
  const index = await search.finish(options.outDir)
  log(`✓ pagefind   indexed ${index.pages} pages in ${index.languages.join(', ')}, written (${seconds(step)})`)
  step = performance.now()
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
  log(`✓ headers    CSP with ${hashes.length} inline-script hashes; nginx, Apache and IIS configurations in _server/ (${seconds(step)})`)
  log(`done in ${seconds(start)}`)
  return index
}

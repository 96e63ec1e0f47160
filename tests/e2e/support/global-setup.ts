import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { execFileSync } from 'node:child_process'
import { builtHeaders, createStaticServer } from '../../../scripts/lib/static-server'
import { findChromium } from './chromium'

export const SUB_PATH = '/intranet/wissen/ikz/'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin + base of the site built for `/`. */
    rootUrl: string
    /** Origin + base of the site built for a nested sub-path. */
    subUrl: string
    /** The built site for `/` on disk. */
    rootDir: string
  }
}

/** Builds the real site twice (at `/` and under a sub-path) and serves both for the browser tests. */
export default async function setup(project: TestProject) {
  findChromium() // fail early, with the install hint, before spending time on builds
  const repo = resolve(import.meta.dirname, '../../..')
  // IKZ_E2E_DIR lets several checkouts or parallel runs build into their own folders.
  const cache = resolve(repo, process.env.IKZ_E2E_DIR ?? '.cache/e2e')
  const rootDir = resolve(cache, 'root')
  const subDir = resolve(cache, 'sub')
  // Each build in its own process, as `npm run build` runs it: VitePress keeps per-process
  // state (the site's base among it) that would leak from one build into the next.
  for (const [outDir, base] of [[rootDir, '/'], [subDir, SUB_PATH]]) {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      cwd: repo,
      env: { ...process.env, IKZ_OUT: outDir, IKZ_BASE: base },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
  }
  // Both sites are served with the strict security headers the build computed, so every
  // browser test also proves that nothing violates the Content-Security-Policy.
  const servers = [createStaticServer({ root: rootDir, base: '/', headers: builtHeaders(rootDir) }), createStaticServer({ root: subDir, base: SUB_PATH, headers: builtHeaders(subDir) })]
  const ports = await Promise.all(
    servers.map((s) => new Promise<number>((ok) => s.listen(0, '127.0.0.1', () => ok((s.address() as AddressInfo).port)))),
  )
  project.provide('rootUrl', `http://127.0.0.1:${ports[0]}/`)
  project.provide('subUrl', `http://127.0.0.1:${ports[1]}${SUB_PATH}`)
  project.provide('rootDir', rootDir)
  return async () => {
    await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))))
  }
}

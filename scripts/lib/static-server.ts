import { createReadStream, readFileSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { createGzip } from 'node:zlib'

/** MIME types of everything the built site contains, Pagefind's index files included. */
export const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

/** Types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg)/

export interface StaticServerOptions {
  /** The built site (dist/). */
  root: string
  /** URL path the site lives under, e.g. `/` or `/a/sub/path/`. */
  base?: string
  /** Extra response headers on every response, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>
}

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.(\/|\\|$))+/, '')
  const full = join(root, rel)
  if (full !== root && !full.startsWith(root + sep)) return undefined
  for (const candidate of [full, `${full}.html`, join(full, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined)
    if (info?.isFile()) return candidate
  }
  return undefined
}

/** The security headers the build wrote for this site (`_server/headers.json`), if any. */
export function builtHeaders(root: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(join(root, '_server/headers.json'), 'utf8')) as Record<string, string>
  } catch {
    return {}
  }
}

/** A small static file server for the built site, as an intranet web server would serve it. */
export function createStaticServer(options: StaticServerOptions): Server {
  const base = options.base ?? '/'
  const root = normalize(options.root)
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      for (const [k, v] of Object.entries(options.headers ?? {})) res.setHeader(k, v)
      if (url.pathname === base.slice(0, -1)) {
        res.writeHead(301, { location: base }).end()
        return
      }
      const file = url.pathname.startsWith(base) ? await fileFor(root, url.pathname.slice(base.length - 1)) : undefined
      const status = file ? 200 : 404
      const body = file ?? join(root, '404.html')
      const type = mimeTypes[extname(body)] ?? 'application/octet-stream'
      const cache = file && url.pathname.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
      // Compressed as the generated server configurations tell nginx, Apache and IIS to do.
      const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      res.writeHead(status, { 'content-type': type, 'cache-control': cache, 'x-content-type-options': 'nosniff', vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) })
      if (req.method === 'HEAD') res.end()
      else if (gzip) createReadStream(body).on('error', () => res.end()).pipe(createGzip()).pipe(res)
      else createReadStream(body).on('error', () => res.end()).pipe(res)
    })().catch(() => {
      res.writeHead(500).end()
    })
  })
}

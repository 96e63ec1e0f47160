/** `npm run serve` (and the second half of `npm start`): serves dist/ on http://localhost:4173 (PORT overrides). */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { normaliseBase } from '../docs/.vitepress/site-paths'
import { builtHeaders, createStaticServer } from './lib/static-server'

const root = resolve(process.env.IKZ_OUT ?? resolve(import.meta.dirname, '..', 'dist'))
if (!existsSync(resolve(root, 'index.html'))) {
  console.error(`✗ no built site in ${root}; run npm run build first`)
  process.exit(1)
}
const base = normaliseBase(process.env.IKZ_BASE)
const port = Number(process.env.PORT ?? 4173)
// The same security headers, strict CSP included, that the build wrote for web servers.
createStaticServer({ root, base, headers: builtHeaders(root) })
  .on('error', (e) => {
    console.error(`✗ cannot serve on port ${port}: ${e.message}`)
    process.exit(1)
  })
  .listen(port, () => console.log(`IKZ-Kit is served at http://localhost:${port}${base} (Ctrl+C stops)`))

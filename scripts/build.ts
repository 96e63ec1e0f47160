/** `npm run build`: check, build and index the site into dist/ (IKZ_BASE sets a sub-path). */
import { resolve } from 'node:path'
import { buildSite } from './lib/build-site'

const repo = resolve(import.meta.dirname, '..')
// IKZ_ROOT builds another project folder with data/ and docs/ (the build test uses a fixture site).
const root = resolve(process.env.IKZ_ROOT ?? repo)
try {
  await buildSite({ root, outDir: resolve(process.env.IKZ_OUT ?? resolve(repo, 'dist')), base: process.env.IKZ_BASE, log: console.log })
} catch (e) {
  console.error(`✗ build failed: ${(e as Error).message}`)
  process.exit(1)
}

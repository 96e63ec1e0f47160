/** `npm run build`: check, build and index the site into dist/ (IKZ_BASE sets a sub-path). */
import { resolve } from 'node:path'
import { buildSite } from './lib/build-site'

const root = resolve(import.meta.dirname, '..')
try {
  await buildSite({ root, outDir: resolve(process.env.IKZ_OUT ?? resolve(root, 'dist')), base: process.env.IKZ_BASE, log: console.log })
} catch (e) {
  console.error(`✗ build failed: ${(e as Error).message}`)
  process.exit(1)
}

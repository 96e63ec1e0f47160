/**
 * `npm run package`: builds the site and packs it as a versioned .tar.gz and .zip with
 * SHA-256 checksums into release/. IKZ_BASE builds for a sub-path (named in the file name).
 * `--no-build` packs an existing dist/.
 */
import { createHash } from 'node:crypto'
import { createWriteStream, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'
import * as tar from 'tar'
import yazl from 'yazl'
import { normaliseBase } from '../docs/.vitepress/site-paths'
import { listTree } from '../toolkit/content/load'
import { buildSite } from './lib/build-site'

const repo = resolve(import.meta.dirname, '..')
const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version
const base = normaliseBase(process.env.IKZ_BASE)
const outDir = resolve(process.env.IKZ_OUT ?? join(repo, 'dist'))
const releaseDir = resolve(process.env.IKZ_RELEASE ?? join(repo, 'release'))
const name = `ikz-kit-${version}${base === '/' ? '' : `-${base.replace(/^\/|\/$/g, '').replace(/\//g, '-')}`}`

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex')

try {
  if (!process.argv.includes('--no-build')) await buildSite({ root: repo, outDir, base, log: console.log })
  await mkdir(releaseDir, { recursive: true })
  // Files in a stable order with a fixed date, so the same build packs to the same archive.
  const files = listTree(outDir).sort()
  const mtime = new Date('2000-01-01T00:00:00Z')

  const tgz = join(releaseDir, `${name}.tar.gz`)
  await tar.create({ gzip: true, file: tgz, cwd: outDir, prefix: name, portable: true, mtime }, files)

  const zipPath = join(releaseDir, `${name}.zip`)
  const zip = new yazl.ZipFile()
  for (const f of files) zip.addFile(join(outDir, f), `${name}/${f}`, { mtime })
  zip.end()
  await pipeline(zip.outputStream, createWriteStream(zipPath))

  const sums = `${await sha256(tgz)}  ${basename(tgz)}\n${await sha256(zipPath)}  ${basename(zipPath)}\n`
  await writeFile(join(releaseDir, `${name}.sha256`), sums)
  console.log(`✓ package    ${files.length} files → ${basename(tgz)}, ${basename(zipPath)}, ${name}.sha256 in ${releaseDir}`)
} catch (e) {
  console.error(`✗ package failed: ${(e as Error).message}`)
  process.exit(1)
}

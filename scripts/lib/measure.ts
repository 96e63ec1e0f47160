/**
 * Runs one build in this process and prints its wall time, peak memory and, for the full
 * pipeline, the time of each step as JSON on the last line; the benchmark starts it as a child
 * process so each build is measured on its own.
 * Usage: tsx scripts/lib/measure.ts full <root> <outDir> | plain <docsDir> <outDir>
 */
import { build } from 'vitepress'
import { buildSite, type BuildStep } from './build-site'

const [mode, src, out] = process.argv.slice(2) as [string, string, string]
const start = performance.now()
let steps: Record<BuildStep, number> | undefined
if (mode === 'full') steps = (await buildSite({ root: src, outDir: out })).steps
else await build(src, { outDir: out })
const ms = performance.now() - start
console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, steps }))

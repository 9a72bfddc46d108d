import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { runFirstMapBench } from './first-map-bench.ts'
import { firstMapSection } from './first-map-table.ts'
import { runHttpBench } from './http-bench.ts'
import { httpSection } from './http-table.ts'
import { runIndexBench } from './index-bench.ts'
import { readmeWithBenchmarks } from './readme-benchmarks.ts'
import { runScaleBench } from './scale-bench.ts'

/**
 * `npm run bench`: every benchmark against its anchor measured in the same run — the index
 * queries against bare geokdbush, the HTTP server against a raw node:http server, the first
 * map against a bare MapLibre page, a million synthetic sites against the shipped data. Prints
 * the markdown and writes it to tests/bench/latest.md and README.md's Benchmarks section.
 * `npm run bench -- http` (or `index`, `firstmap`, `scale`) runs one part and only prints it.
 */
const only = process.argv[2]
const sections: string[] = []
if (only === undefined || only === 'index') sections.push(runIndexBench())
if (only === undefined || only === 'http') sections.push(httpSection(await runHttpBench()))
if (only === undefined || only === 'firstmap')
  sections.push(firstMapSection(await runFirstMapBench()))
if (only === undefined || only === 'scale') sections.push(await runScaleBench())

const cpu = cpus()[0]?.model ?? 'unknown CPU'
const machine = `Machine: ${cpu} (${cpus().length} threads), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, ${process.platform}`
const markdown = `# Benchmarks

${sections.join('\n\n')}

${machine}. Run: ${new Date().toISOString().slice(0, 10)}, \`npm run bench\`.
`
console.log(markdown)
if (only === undefined) {
  writeFileSync(new URL('./latest.md', import.meta.url), markdown)
  const readme = new URL('../../README.md', import.meta.url)
  const stamp = `${machine}. Run: ${new Date().toISOString().slice(0, 10)}, \`npm run bench\`.`
  writeFileSync(readme, readmeWithBenchmarks(readFileSync(readme, 'utf8'), sections, stamp))
}

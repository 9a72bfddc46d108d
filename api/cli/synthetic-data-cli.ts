import { resolve } from 'node:path'
import { writeSyntheticData } from '../data/synthetic/write-synthetic-data.ts'
import { parseOptions } from './cli-io.ts'
import { dataDirFromEnv, loadDataOrSay } from './load-checked-data.ts'

const USAGE =
  'usage: npm run data:synthetic -- --sites N --out DIR [--seed S]  (copies DATA_DIR, default the repo root)'

/**
 * `npm run data:synthetic -- --sites N --out DIR [--seed S]`: a valid DATA_DIR at DIR with the
 * real data plus N seeded synthetic sites (`synthetic: true`), for scale tests and the bench.
 */
async function main(args: readonly string[]): Promise<number> {
  const { options, problem } = parseOptions(args, ['sites', 'out', 'seed'])
  const sites = Number(options.sites)
  const seed = Number(options.seed ?? 1)
  const why =
    problem ??
    (!Number.isInteger(sites) || sites < 0 ? '--sites: expected a whole number ≥ 0' : null) ??
    (!options.out ? '--out: expected the folder to write' : null) ??
    (!Number.isInteger(seed) ? '--seed: expected a whole number' : null)
  if (why) {
    console.error(`data:synthetic: ${why}\n${USAGE}`)
    return 2
  }
  const from = dataDirFromEnv()
  const dataset = await loadDataOrSay('data:synthetic', from)
  if (!dataset) return 1
  const out = resolve(options.out as string)
  const started = performance.now()
  const written = await writeSyntheticData(dataset, { from, out, sites, seed })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `data:synthetic: ${written} sites (${sites} synthetic, seed ${seed}) in ${out}/geodata/sites.geojson, ${seconds} s`,
  )
  return 0
}

process.exitCode = await main(process.argv.slice(2))

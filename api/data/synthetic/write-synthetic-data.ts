import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { cp, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { GEODATA_FILES } from '../data-files.ts'
import type { Dataset } from '../dataset.ts'
import { syntheticSites } from './synthetic-sites.ts'

export interface SyntheticDataOptions {
  /** The data folder copied (the repo root by default): its `seeds/` and `geodata/`. */
  from: string
  out: string
  sites: number
  seed: number
}

/**
 * Writes a whole DATA_DIR at `options.out`: `seeds/` and `geodata/` of `from` as they are,
 * except `geodata/sites.geojson`, which holds the real sites followed by `options.sites`
 * synthetic ones (`syntheticSites`), one feature per line, streamed so a million sites never
 * sit in memory as one string. Returns the number of sites written.
 */
export async function writeSyntheticData(
  dataset: Dataset,
  options: SyntheticDataOptions,
): Promise<number> {
  await mkdir(options.out, { recursive: true })
  for (const folder of ['seeds', 'geodata']) {
    await cp(join(options.from, folder), join(options.out, folder), { recursive: true })
  }
  const file = join(options.out, GEODATA_FILES.sites)
  await mkdir(dirname(file), { recursive: true })
  const stream = createWriteStream(file)
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, 'drain')
  }
  await write('{"type":"FeatureCollection","features":[\n')
  let written = 0
  const lines: string[] = []
  const flush = async () => {
    await write(lines.join(',\n'))
    lines.length = 0
  }
  const base = {
    districts: dataset.districts,
    parks: dataset.parks,
    chains: dataset.chains,
    takenPoints: dataset.sites.map((s) => s.geometry.coordinates),
  }
  const all = [dataset.sites, syntheticSites(base, options.sites, options.seed)]
  for (const sites of all) {
    for (const site of sites) {
      lines.push(JSON.stringify(site))
      written += 1
      if (lines.length === 10_000) {
        await flush()
        if (written < dataset.sites.length + options.sites) await write(',\n')
      }
    }
  }
  if (lines.length > 0) await flush()
  await write('\n]}\n')
  stream.end()
  await once(stream, 'finish')
  return written
}

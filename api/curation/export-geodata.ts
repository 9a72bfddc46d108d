import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { GEODATA_FILES } from '../data/data-files.ts'
import type { ParkFeature, SiteFeature } from '../domain/index.ts'
import { mergeEdits } from '../store/merge-edits.ts'
import type { PlaceEdit } from '../store/place-edit.ts'

export interface ExportSummary {
  /** Files written, relative to the output folder. */
  files: string[]
  sites: number
  parks: number
}

/**
 * `npm run data:export`: writes `<outDir>/geodata/*.geojson` (and `tours.json`) — the shipped files of
 * `<dataDir>/geodata/`, with the store's edits merged into sites and parks — so the edits can
 * be committed back. Other layers are copied byte for byte; sites and parks keep their file's
 * top-level members and layout (indented, or one feature per line), so a diff shows the edits.
 */
export async function exportGeodata(
  dataDir: string,
  outDir: string,
  edits: readonly PlaceEdit[],
): Promise<ExportSummary> {
  // Every data file of geodata/ (layers and tours.json), so the export is a whole geodata folder.
  const names = (await readdir(join(dataDir, 'geodata'))).filter(
    (f) => f.endsWith('.geojson') || f.endsWith('.json'),
  )
  const read = async (file: string) => readFile(join(dataDir, file), 'utf8')
  const sitesText = await read(GEODATA_FILES.sites)
  const parksText = await read(GEODATA_FILES.parks)
  const base = {
    sites: (JSON.parse(sitesText) as { features: SiteFeature[] }).features,
    parks: (JSON.parse(parksText) as { features: ParkFeature[] }).features,
  }
  const merged = mergeEdits(base, edits)
  const written: Record<string, string> = {
    [GEODATA_FILES.sites]: layoutLike(sitesText, merged.sites.features),
    [GEODATA_FILES.parks]: layoutLike(parksText, merged.parks.features),
  }
  await mkdir(join(outDir, 'geodata'), { recursive: true })
  const files = names.sort().map((name) => `geodata/${name}`)
  for (const file of files) await writeFile(join(outDir, file), written[file] ?? (await read(file)))
  return { files, sites: merged.sites.features.length, parks: merged.parks.features.length }
}

/** `features` in a FeatureCollection with `shippedText`'s top-level members and layout. */
export function layoutLike(shippedText: string, features: readonly unknown[]): string {
  const shipped = JSON.parse(shippedText) as Record<string, unknown>
  const collection = { ...shipped, features }
  if (/^\{\n {2}"/.test(shippedText)) return `${JSON.stringify(collection, null, 2)}\n`
  const head = JSON.stringify({ ...shipped, features: undefined }).slice(0, -1)
  const body = features.map((f) => JSON.stringify(f)).join(',\n')
  return `${head},"features":[\n${body}\n]}\n`
}

/**
 * Redraws one park's polygon in `geodata/parks.geojson` and recomputes what derives from it
 * (`geometry_derivation`, `radius_km`, `area_km2`), keeping every other property as written;
 * then runs `check:data` and prints its issues (exit 1 if any). The only tool that computes
 * park geometry: everything else in the file is edited by hand.
 *
 *   npx tsx api/data/geodata/draw-park.ts <park-id> circle <lng>,<lat> <radius_km>
 *   npx tsx api/data/geodata/draw-park.ts <park-id> circle district-point <radius_km>
 *   npx tsx api/data/geodata/draw-park.ts <park-id> district
 *   npx tsx api/data/geodata/draw-park.ts <park-id> reclamation <block index>
 */
import { readFileSync } from 'node:fs'
import { PositionSchema } from '../../domain/geometry.ts'
import type { ParkFeature } from '../../domain/index.ts'
import { checkDataset } from '../check-dataset.ts'
import { GEODATA_FILES } from '../data-files.ts'
import { formatIssue } from '../format-issue.ts'
import { loadDataset } from '../load-dataset.ts'
import { REPO_ROOT, repoPath, writeFeatureCollection } from './geojson-file.ts'
import { drawOutline, type ParkOutline, withOutline } from './park-outline.ts'

const USAGE =
  'usage: draw-park.ts <park-id> circle <lng>,<lat>|district-point <radius_km> | district | reclamation <index>'

function parseOutline([kind, a, b]: string[]): ParkOutline {
  if (kind === 'district') return { kind: 'district' }
  if (kind === 'reclamation' && a && /^\d+$/.test(a))
    return { kind: 'reclamation', index: Number(a) }
  const radiusKm = Number(b)
  if (kind !== 'circle' || !a || !(radiusKm > 0)) throw new Error(USAGE)
  if (a === 'district-point') return { kind: 'circle', centre: a, radiusKm }
  const centre = PositionSchema.safeParse(a.split(',').map(Number))
  if (!centre.success) throw new Error(`centre must be <lng>,<lat> in WGS84, got "${a}"`)
  return { kind: 'circle', centre: centre.data, radiusKm }
}

const readJson = (file: string) => JSON.parse(readFileSync(repoPath(file), 'utf8'))

async function main(): Promise<number> {
  const [id, ...rest] = process.argv.slice(2)
  if (!id) throw new Error(USAGE)
  const outline = parseOutline(rest)
  const { type: _type, features, ...members } = readJson(GEODATA_FILES.parks)
  const index = (features as ParkFeature[]).findIndex((f) => f.properties.id === id)
  const park = (features as ParkFeature[])[index]
  if (!park) throw new Error(`no park "${id}" in ${GEODATA_FILES.parks}; add its feature first`)
  const sources = {
    districts: readJson(GEODATA_FILES.districts).features,
    reclamation: readJson('geodata/binhai-reclamation-additions.geojson').features.map(
      (f: { geometry: unknown }) => f.geometry,
    ),
  }
  const drawn = drawOutline(outline, park.properties.district_code, sources)
  features[index] = withOutline(park, drawn)
  writeFeatureCollection(GEODATA_FILES.parks, features, members)
  console.log(`${id}: ${drawn.geometry_derivation}, ${drawn.area_km2} km² → ${GEODATA_FILES.parks}`)
  const issues = checkDataset(await loadDataset(REPO_ROOT))
  for (const issue of issues) console.error(formatIssue(issue))
  return issues.length === 0 ? 0 : 1
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(`draw-park: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  },
)

/**
 * Redraws one park in `geodata/parks.geojson` from what is known of its extent and recomputes
 * what derives from it (`extent`, `area_km2`, `uncertainty_km`), keeping every other property
 * as written; then runs `check:data` and prints its issues (exit 1 if any). Park parts, and
 * parks inside another (`in-parent`), are edited by hand.
 *
 *   npx tsx api/data/geodata/draw-park.ts <park-id> point <lng>,<lat> <uncertainty_km>
 *   npx tsx api/data/geodata/draw-park.ts <park-id> district
 *   npx tsx api/data/geodata/draw-park.ts <park-id> reclamation <block index> [partial]
 *   npx tsx api/data/geodata/draw-park.ts <park-id> none
 */
import { readFileSync } from 'node:fs'
import { PositionSchema } from '../../domain/geometry.ts'
import type { ParkFeature } from '../../domain/index.ts'
import { GEODATA_FILES } from '../data-files.ts'
import { editThenCheck } from './edit-then-check.ts'
import { repoPath, writeFeatureCollection } from './geojson-file.ts'
import { drawOutline, type ParkOutline, withOutline } from './park-outline.ts'

const USAGE =
  'usage: draw-park.ts <park-id> point <lng>,<lat> <uncertainty_km> | district | reclamation <index> [partial] | none'

function parseOutline([kind, a, b]: string[]): ParkOutline {
  if (kind === 'district') return { kind: 'district' }
  if (kind === 'none') return { kind: 'none' }
  if (kind === 'reclamation' && a && /^\d+$/.test(a))
    return { kind: 'reclamation', index: Number(a), partial: b === 'partial' }
  const uncertaintyKm = Number(b)
  if (kind !== 'point' || !a || !(uncertaintyKm > 0)) throw new Error(USAGE)
  const position = PositionSchema.safeParse(a.split(',').map(Number))
  if (!position.success) throw new Error(`point must be <lng>,<lat> in WGS84, got "${a}"`)
  return { kind: 'point', position: position.data, uncertaintyKm }
}

const readJson = (file: string) => JSON.parse(readFileSync(repoPath(file), 'utf8'))

async function main(): Promise<void> {
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
  console.log(
    `${id}: ${drawn.extent}${drawn.area_km2 ? `, ${drawn.area_km2} km²` : ''} → ${GEODATA_FILES.parks}`,
  )
}

editThenCheck('draw-park', main)

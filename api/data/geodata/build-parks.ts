/**
 * Builds `geodata/parks.geojson` from the curated park table (`park-table.ts`).
 *
 *   npx tsx api/data/geodata/build-parks.ts
 *
 * Fails loudly (exit code 1, naming the park) when a row is invalid, an id repeats, a polygon
 * is not inside the district its row claims, or a citation / sector / chain link is unknown
 * to `seeds/extracted/*.json` (files not yet written are skipped with a warning).
 */
import type { ParkFeature } from '../../domain/park.ts'
import { readDistricts } from './district-index.ts'
import { readJsonIfExists, repoPath, writeFeatureCollection } from './geojson-file.ts'
import { parkFeature } from './park-feature.ts'
import { PARK_TABLE } from './park-table.ts'
import type { AreaGeometry } from './polygon-tools.ts'
import { readExtractedRefs, referenceProblems } from './reference-check.ts'

const OUT_FILE = 'geodata/parks.geojson'
const ATTRIBUTION =
  'Parks: project work from the cited plans and named location sources; outlines from © OpenStreetMap contributors (ODbL) · boundaries via geoBoundaries (CHN ADM3)'

function buildParks(): ParkFeature[] {
  const districts = readDistricts(repoPath('geodata/districts.geojson'))
  const reclamation = readJsonIfExists<{ features: { geometry: AreaGeometry }[] }>(
    'geodata/binhai-reclamation-additions.geojson',
  )
  if (!reclamation) throw new Error('geodata/binhai-reclamation-additions.geojson is missing')
  const sources = { districts, reclamationAdditions: reclamation.features.map((f) => f.geometry) }
  const seen = new Set<string>()
  return PARK_TABLE.map((row) => {
    if (seen.has(row.id)) throw new Error(`duplicate park id ${row.id}`)
    seen.add(row.id)
    return parkFeature(row, sources)
  })
}

function main(): void {
  const features = buildParks()
  const { problems, skipped } = referenceProblems(
    features.map((f) => f.properties),
    readExtractedRefs(),
  )
  if (problems.length > 0) throw new Error(`reference problems:\n  ${problems.join('\n  ')}`)
  for (const file of skipped)
    console.warn(`warning: seeds/extracted/${file} not found, not checked`)
  writeFeatureCollection(OUT_FILE, features, {
    name: 'parks',
    attribution: ATTRIBUTION,
    license: 'ODbL-1.0',
  })
  console.log(`wrote ${features.length} parks to ${OUT_FILE}`)
}

try {
  main()
} catch (error) {
  console.error(`build-parks failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

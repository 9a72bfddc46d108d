/**
 * Regenerates the parks and sites tables of `geodata/README.md` (each with its precision
 * counts) between the `<!-- parks-table:start/end -->` and `<!-- sites-table:start/end -->`
 * markers, from `geodata/parks.geojson` and, once it exists, `geodata/sites.geojson`.
 *
 *   npx tsx api/data/geodata/build-readme-tables.ts
 */
import { readFileSync, writeFileSync } from 'node:fs'
import type { LocationPrecision } from '../../domain/precision.ts'
import { readJsonIfExists, repoPath } from './geojson-file.ts'
import { type PlaceSummary, placesTable, replaceBlock } from './readme-tables.ts'

const README = 'geodata/README.md'

interface Props {
  id: string
  name_zh: string
  name_en: string
  kind: string
  district_code: string
  location_precision: LocationPrecision
  location_source: string
  geometry_derivation?: string
  radius_km?: number
  park_id?: string | null
}

type Collection = { features: { properties: Props }[] }

function summary(p: Props, extra: string): PlaceSummary {
  const { id, name_zh, name_en, kind, district_code, location_precision, location_source } = p
  return { id, name_zh, name_en, kind, district_code, location_precision, location_source, extra }
}

function main(): void {
  const districts = readJsonIfExists<{
    features: { properties: { code: string; name_en: string; name_zh: string } }[]
  }>('geodata/districts.geojson')
  const parks = readJsonIfExists<Collection>('geodata/parks.geojson')
  if (!districts || !parks)
    throw new Error('geodata/districts.geojson and geodata/parks.geojson are needed')
  const names = new Map(
    districts.features.map((f) => [
      f.properties.code,
      `${f.properties.name_zh} ${f.properties.name_en}`,
    ]),
  )
  const districtName = (code: string) => names.get(code) ?? '(unknown district)'
  let readme = readFileSync(repoPath(README), 'utf8')
  const parkRows = parks.features.map(({ properties: p }) =>
    summary(p, p.geometry_derivation === 'radius' ? `radius ${p.radius_km} km` : 'boundary'),
  )
  readme = replaceBlock(readme, 'parks-table', placesTable(parkRows, districtName, 'geometry'))
  const sites = readJsonIfExists<Collection>('geodata/sites.geojson')
  const sitesBlock = sites
    ? placesTable(
        sites.features.map(({ properties: p }) => summary(p, p.park_id ? `\`${p.park_id}\`` : '—')),
        districtName,
        'park',
      )
    : '_geodata/sites.geojson does not exist yet; run this script again once it does._'
  readme = replaceBlock(readme, 'sites-table', sitesBlock)
  writeFileSync(repoPath(README), readme)
  console.log(
    `updated ${README}: ${parkRows.length} parks, ${sites ? sites.features.length : 0} sites`,
  )
}

try {
  main()
} catch (error) {
  console.error(
    `build-readme-tables failed: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
}

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
  location_basis_en: string
  location_refs: { title: string; publisher?: string; url?: string; date?: string }[]
  extent?: string
  uncertainty_km?: number
  area_km2?: number
  parent_park_id?: string | null
  stated_area?: { km2: number; kind: string }
  park_id?: string | null
  placement?: string
}

type Collection = { features: { properties: Props }[] }

/** The basis users read, then the sources it names: `title (publisher, date) <url>`. */
function source(p: Props): string {
  const refs = p.location_refs.map((r) => {
    const by = [r.publisher, r.date].filter(Boolean).join(', ')
    return `${r.title}${by ? ` (${by})` : ''}${r.url ? ` <${r.url}>` : ''}`
  })
  return refs.length === 0
    ? p.location_basis_en
    : `${p.location_basis_en} Sources: ${refs.join('; ')}.`
}

function summary(p: Props, extra: string): PlaceSummary {
  const { id, name_zh, name_en, kind, district_code, location_precision } = p
  return {
    id,
    name_zh,
    name_en,
    kind,
    district_code,
    location_precision,
    location_source: source(p),
    extra,
  }
}

/** A park's extent as the README states it, e.g. `point, ring 5 km` or `outline, 1591.993 km²`. */
function extentCell(p: Props): string {
  const stated = p.stated_area ? `; stated ${p.stated_area.kind} ${p.stated_area.km2} km²` : ''
  const parent = p.parent_park_id ? `; part of \`${p.parent_park_id}\`` : ''
  const extent =
    p.extent === 'point'
      ? `point, ring ${p.uncertainty_km} km`
      : p.extent === 'outline'
        ? `outline, ${p.area_km2} km²`
        : (p.extent ?? '?')
  return `${extent}${stated}${parent}`
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
  const parkRows = parks.features.map(({ properties: p }) => summary(p, extentCell(p)))
  readme = replaceBlock(readme, 'parks-table', placesTable(parkRows, districtName, 'extent'))
  const sites = readJsonIfExists<Collection>('geodata/sites.geojson')
  const sitesBlock = sites
    ? placesTable(
        sites.features.map(({ properties: p }) =>
          summary(p, `${p.placement}${p.park_id ? ` · \`${p.park_id}\`` : ''}`),
        ),
        districtName,
        'placement · park',
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

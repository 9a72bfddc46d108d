import { toWgs84 } from '../../analysis/convert-crs.ts'
import { clauseDocId } from '../../data/checks/reference-sets.ts'
import { describeZodIssues } from '../../data/zod-issue-text.ts'
import { CrsSchema } from '../../domain/crs.ts'
import { type LngLat, type SiteFeature, SiteFeatureSchema } from '../../domain/index.ts'
import { idFromName } from './id-from-name.ts'
import { importedBasis } from './imported-basis.ts'
import { listCell, type RowProblem, type SiteCsvRow } from './site-csv-columns.ts'

/** One CSV row turned into a site feature, or the reasons it could not be. */
export interface RowSite {
  row: number
  cells: SiteCsvRow
  /** The site as it would be stored (WGS84), or `null` when the row has problems. */
  feature: SiteFeature | null
  /** Whether the row named its id (then an existing site of that id is updated). */
  idGiven: boolean
  problems: RowProblem[]
  /** What the import assumed or did, e.g. a converted coordinate system. */
  notes: string[]
}

const CRS_NAMES = { wgs84: 'WGS84', gcj02: 'GCJ-02', bd09: 'BD-09' } as const
const NUMBER = /^[-+]?\d+(\.\d+)?$/

/**
 * Converts one row: parses lng/lat in the row's `crs` and converts them to WGS84 (6 decimals),
 * derives the id (from name_en unless given), `plans` from the cited clauses, `placement` from
 * the precision and the user-facing basis unless given (`importedBasis`), then checks
 * the feature against the domain schema, reporting each problem by column.
 */
export function siteFromRow(row: number, cells: SiteCsvRow): RowSite {
  const problems: RowProblem[] = []
  const notes: string[] = []
  const problem = (column: string, message: string) => problems.push({ row, column, message })
  const position = rowPosition(cells, problem)
  const crs = CrsSchema.safeParse(cells.crs.toLowerCase())
  const idGiven = cells.id !== ''
  const id = idGiven ? cells.id : idFromName(cells.name_en)
  if (!idGiven && id === '' && cells.name_en !== '') {
    problem('name_en', 'no id can be made from this name: give an id column')
  }
  let locationSource = cells.location_source
  if (crs.success && crs.data !== 'wgs84' && locationSource !== '') {
    locationSource += ` Position converted from ${CRS_NAMES[crs.data]} to WGS84 on import.`
    notes.push(`position converted from ${CRS_NAMES[crs.data]} to WGS84`)
  }
  const citations = listCell(cells.citations)
  const basis = importedBasis(cells.location_precision, cells.source_url)
  const feature = {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: position ?? [0, 0] },
    properties: {
      name_zh: cells.name_zh,
      name_en: cells.name_en,
      id,
      district_code: cells.district_code,
      sectors: listCell(cells.sectors),
      chain_links: listCell(cells.chain_links),
      plans: [...new Set(citations.map(clauseDocId))],
      citations,
      location_precision: cells.location_precision,
      location_source: locationSource,
      location_basis_zh: cells.location_basis_zh || basis.location_basis_zh,
      location_basis_en: cells.location_basis_en || basis.location_basis_en,
      location_refs: basis.location_refs,
      ...(cells.description_zh ? { description_zh: cells.description_zh } : {}),
      ...(cells.description_en ? { description_en: cells.description_en } : {}),
      kind: cells.kind || 'company',
      placement: cells.location_precision === 'district' ? 'district' : 'source',
      status: cells.status || null,
      park_id: cells.park_id || null,
      investment_cny_100m: null,
      capacity: null,
      ...(cells.source_url ? { source_url: cells.source_url } : {}),
    },
  }
  const parsed = SiteFeatureSchema.safeParse(feature)
  if (!parsed.success) {
    for (const { field, text } of describeZodIssues(parsed.error.issues, feature)) {
      if (!field.startsWith('geometry')) problem(csvColumn(field), text)
    }
  }
  const ok = problems.length === 0 && parsed.success && position !== null
  return { row, cells, feature: ok ? parsed.data : null, idGiven, problems, notes }
}

function rowPosition(
  cells: SiteCsvRow,
  problem: (column: string, message: string) => void,
): LngLat | null {
  const number = (column: 'lng' | 'lat') => {
    const cell = cells[column]
    if (NUMBER.test(cell)) return Number(cell)
    problem(
      column,
      `expected decimal degrees like ${column === 'lng' ? '117.2' : '39.1'}, got "${cell}"`,
    )
    return null
  }
  const lng = number('lng')
  const lat = number('lat')
  const crs = CrsSchema.safeParse(cells.crs.toLowerCase())
  if (!crs.success) {
    problem('crs', `expected wgs84, gcj02 or bd09 (the system lng/lat are in), got "${cells.crs}"`)
  }
  if (lng === null || lat === null || !crs.success) return null
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
    problem('lng, lat', `expected longitude −180…180 and latitude −90…90, got ${lng}, ${lat}`)
    return null
  }
  return toWgs84([lng, lat], crs.data)
}

/** The CSV column a feature field comes from, e.g. `properties.sectors[0]` → `sectors`. */
export function csvColumn(field: string): string {
  if (field.startsWith('geometry')) return 'lng, lat'
  const name = /^properties\.([a-z_0-9]+)/.exec(field)?.[1]
  if (!name) return field
  if (name === 'plans') return 'citations'
  return name
}

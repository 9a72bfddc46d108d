/**
 * Builds `geodata/sites.geojson` from the curated site tables (`site-table-ne18.ts` and, when
 * present, `site-table-mfg21.ts`). Fails loudly, naming the site id, when a row is invalid, an
 * id repeats, a point lies outside its claimed district, a `district`-precision point is not the
 * district's representative point, a citation is not a known clause, or a capacity quote is not
 * in a cited clause (the last two only once `seeds/extracted/clauses.json` exists).
 * Usage: `npx tsx api/data/geodata/build-sites.ts`
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import type { Feature, MultiPolygon, Polygon } from 'geojson'
import { districtPoint as representativePoint } from '../../analysis/district-point.ts'
import { roundCoordinate } from '../../domain/round-coordinates.ts'
import { SiteCollectionSchema, type SiteFeature, SiteFeatureSchema } from '../../domain/site.ts'
import { type SiteRow, SiteRowSchema } from './site-row.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const DISTRICT_FILES = ['geodata/districts.geojson']
const TABLES = ['site-table-ne18.ts', 'site-table-mfg21.ts']
/** Normalised text of each plan (BRIEF: `seeds/normalised/<original file name>`). */
const NORMALISED: Record<string, string> = {
  ne18: 'seeds/normalised/000_63db5ddb23c6906f.txt',
  mfg21: 'seeds/normalised/003_d45e528f450152ee.txt',
}

export type DistrictPolygon = Feature<Polygon | MultiPolygon, { code: string }>
/** Clause id → clause text; `undefined` when the clauses are not extracted yet. */
export type ClauseTexts = ReadonlyMap<string, string> | undefined

const round6 = roundCoordinate

/** The documented representative point of a district (`api/analysis/district-point.ts`). */
export const districtPoint = (district: DistrictPolygon) => representativePoint(district)

function fail(id: string, message: string): never {
  throw new Error(`sites: ${id}: ${message}`)
}

function checkLocation(row: SiteRow, district: DistrictPolygon | undefined): [number, number] {
  if (!district) fail(row.id, `unknown district_code ${row.district_code}`)
  const position: [number, number] = [round6(row.position[0]), round6(row.position[1])]
  if (!booleanPointInPolygon(position, district)) {
    fail(row.id, `point ${position.join(',')} is not inside district ${row.district_code}`)
  }
  if (row.location_precision === 'district') {
    const expected = districtPoint(district)
    if (expected[0] !== position[0] || expected[1] !== position[1]) {
      fail(row.id, `district precision but not at ${row.district_code}'s point ${expected}`)
    }
  }
  return position
}

function checkCitations(row: SiteRow, clauses: ClauseTexts): void {
  if (!clauses) return
  for (const id of row.citations) {
    if (!clauses.has(id)) fail(row.id, `citation ${id} is not a clause in clauses.json`)
  }
  const quote = row.capacity?.quote
  if (quote && !row.citations.some((id) => clauses.get(id)?.includes(quote))) {
    fail(row.id, `capacity quote "${quote}" is in none of its cited clauses`)
  }
}

/**
 * Validates the merged rows and turns them into a site FeatureCollection (table order kept).
 * @example buildSiteCollection(SITE_ROWS, districts, undefined).features[0].properties.id
 */
export function buildSiteCollection(
  rows: readonly SiteRow[],
  districts: readonly DistrictPolygon[],
  clauses: ClauseTexts,
) {
  const byCode = new Map(districts.map((d) => [d.properties.code, d]))
  const seen = new Set<string>()
  const features: SiteFeature[] = []
  for (const raw of rows) {
    const parsed = SiteRowSchema.safeParse(raw)
    if (!parsed.success) fail(String(raw.id), parsed.error.issues[0]?.message ?? 'invalid row')
    const { position: _position, ...properties } = parsed.data
    if (seen.has(raw.id)) fail(raw.id, 'duplicate id')
    seen.add(raw.id)
    const coordinates = checkLocation(raw, byCode.get(raw.district_code))
    checkCitations(raw, clauses)
    const feature = {
      type: 'Feature',
      id: raw.id,
      geometry: { type: 'Point', coordinates },
      properties,
    }
    const valid = SiteFeatureSchema.safeParse(feature)
    if (!valid.success) fail(raw.id, valid.error.issues[0]?.message ?? 'invalid feature')
    features.push(valid.data)
  }
  return SiteCollectionSchema.parse({ type: 'FeatureCollection', features })
}

function readDistricts(): DistrictPolygon[] {
  const file = DISTRICT_FILES.map((f) => resolve(ROOT, f)).find((f) => existsSync(f))
  if (!file) throw new Error(`sites: no districts file (${DISTRICT_FILES.join(' or ')})`)
  return JSON.parse(readFileSync(file, 'utf8')).features
}

/** Reads clause texts from `seeds/extracted/clauses.json` + normalised texts, if built. */
export function readClauseTexts(root = ROOT): ClauseTexts {
  const file = join(root, 'seeds/extracted/clauses.json')
  if (!existsSync(file)) return undefined
  const clauses: { id: string; doc_id: string; start: number; end: number }[] = JSON.parse(
    readFileSync(file, 'utf8'),
  )
  const texts = new Map<string, string>()
  for (const [doc, path] of Object.entries(NORMALISED)) {
    if (existsSync(join(root, path))) texts.set(doc, readFileSync(join(root, path), 'utf8'))
  }
  return new Map(
    clauses.map((c) => [c.id, texts.get(c.doc_id)?.slice(c.start, c.end) ?? ''] as const),
  )
}

function isRowArray(value: unknown): value is SiteRow[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'object' && v && 'position' in v)
}

async function readRows(): Promise<SiteRow[]> {
  const rows: SiteRow[] = []
  for (const table of TABLES) {
    const file = join(dirname(fileURLToPath(import.meta.url)), table)
    if (!existsSync(file)) continue
    const mod: Record<string, unknown> = await import(pathToFileURL(file).href)
    // `SITE_ROWS` by convention (site-row.ts); otherwise the table's one exported row array.
    const arrays = Object.values(mod).filter(isRowArray)
    const tableRows = isRowArray(mod.SITE_ROWS) ? mod.SITE_ROWS : arrays[0]
    if (!tableRows || (!mod.SITE_ROWS && arrays.length > 1)) {
      throw new Error(`sites: ${table} must export its rows as SITE_ROWS`)
    }
    rows.push(...tableRows)
  }
  return rows
}

async function main(): Promise<void> {
  const clauses = readClauseTexts()
  if (!clauses) console.warn('sites: seeds/extracted/clauses.json missing; citations unchecked')
  const collection = buildSiteCollection(await readRows(), readDistricts(), clauses)
  const out = join(ROOT, 'geodata/sites.geojson')
  writeFileSync(out, `${JSON.stringify(collection, null, 2)}\n`)
  console.log(`sites: wrote ${collection.features.length} sites to geodata/sites.geojson`)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}

import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import { describe, expect, it } from 'vitest'
import { parsePrecisionCounts, readBlock } from '../../api/data/geodata/readme-tables.ts'
import { DistrictCollectionSchema, ParkCollectionSchema } from '../../api/domain/index.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const readText = (path: string) => readFileSync(resolve(ROOT, path), 'utf8')
const readJson = (path: string): unknown => JSON.parse(readText(path))

const districts = DistrictCollectionSchema.parse(readJson('geodata/districts.geojson')).features
const parks = ParkCollectionSchema.parse(readJson('geodata/parks.geojson')).features
const readme = readText('geodata/README.md')

const districtOf = (code: string) => {
  const found = districts.find((d) => d.properties.code === code)
  if (!found) throw new Error(`no district ${code}`)
  return found
}

function countByPrecision(places: { properties: { location_precision: string } }[]) {
  const count = (p: string) => places.filter((x) => x.properties.location_precision === p).length
  const counts = {
    exact: count('exact'),
    approximate: count('approximate'),
    district: count('district'),
  }
  return { ...counts, total: places.length }
}

/**
 * Facts about the shipped geodata and its README; the rules (ids, districts, geometry,
 * derived fields) live in `check:data`, run on this data by tests/data/sites.test.ts.
 */
describe('geodata files', () => {
  it('hold at least 25 parks', () => {
    expect(parks.length).toBeGreaterThanOrEqual(25)
  })

  it('Binhai New Area includes the reclaimed Nangang land and Ninghe has an enclave hole', () => {
    const nangangLngPoint: [number, number] = [117.66, 38.72]
    expect(booleanPointInPolygon(nangangLngPoint, districtOf('120116'))).toBe(true)
    const ninghe = districtOf('120117').geometry
    expect(ninghe.type === 'Polygon' && ninghe.coordinates.length).toBeGreaterThan(1)
  })

  it('the precision counts in the README parks table equal parks.geojson', () => {
    const block = readBlock(readme, 'parks-table')
    expect(block).not.toBeNull()
    expect(parsePrecisionCounts(block ?? '')).toEqual(countByPrecision(parks))
    for (const park of parks) expect(block).toContain(`\`${park.properties.id}\``)
  })

  it('the precision counts in the README sites table equal sites.geojson', () => {
    const block = readBlock(readme, 'sites-table') ?? ''
    let sites: { properties: { location_precision: string } }[] | null = null
    try {
      sites = (readJson('geodata/sites.geojson') as { features: typeof sites }).features
    } catch {
      sites = null
    }
    if (sites === null) expect(parsePrecisionCounts(block)).toBeNull()
    else expect(parsePrecisionCounts(block)).toEqual(countByPrecision(sites))
  })
})

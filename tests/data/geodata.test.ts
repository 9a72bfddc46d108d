import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import booleanWithin from '@turf/boolean-within'
import { describe, expect, it } from 'vitest'
import { parsePrecisionCounts, readBlock } from '../../api/data/geodata/readme-tables.ts'
import {
  DistrictCollectionSchema,
  IdSchema,
  InfrastructureCollectionSchema,
  ParkCollectionSchema,
} from '../../api/domain/index.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const readText = (path: string) => readFileSync(resolve(ROOT, path), 'utf8')
const readJson = (path: string): unknown => JSON.parse(readText(path))

const districts = DistrictCollectionSchema.parse(readJson('geodata/districts.geojson')).features
const parks = ParkCollectionSchema.parse(readJson('geodata/parks.geojson')).features
const infrastructure = InfrastructureCollectionSchema.parse(
  readJson('geodata/infrastructure.geojson'),
).features
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

describe('geodata files', () => {
  it('districts.geojson holds the 16 districts of Tianjin with unique GB/T 2260 codes', () => {
    const codes = districts.map((d) => d.properties.code)
    expect(codes).toHaveLength(16)
    expect(new Set(codes).size).toBe(16)
    for (const code of codes) expect(code).toMatch(/^1201(0[1-6]|1[0-9])$/)
  })

  it('Binhai New Area includes the reclaimed Nangang land and Ninghe has an enclave hole', () => {
    const nangangLngPoint: [number, number] = [117.66, 38.72]
    expect(booleanPointInPolygon(nangangLngPoint, districtOf('120116'))).toBe(true)
    const ninghe = districtOf('120117').geometry
    expect(ninghe.type === 'Polygon' && ninghe.coordinates.length).toBeGreaterThan(1)
  })

  it('park ids are unique kebab-case ids', () => {
    const ids = parks.map((p) => p.properties.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(IdSchema.safeParse(id).success, id).toBe(true)
    expect(parks.length).toBeGreaterThanOrEqual(25)
  })

  it('every park lies inside the district it claims', () => {
    for (const park of parks) {
      const district = districtOf(park.properties.district_code)
      const rings =
        park.geometry.type === 'Polygon' ? [park.geometry.coordinates] : park.geometry.coordinates
      const outside = rings.flat(2).filter((p) => !booleanPointInPolygon(p, district))
      expect(outside, `${park.properties.id} vertices outside ${district.properties.code}`).toEqual(
        [],
      )
      if (park.properties.geometry_derivation === 'radius') {
        expect(booleanWithin(park, district), `${park.properties.id} edges`).toBe(true)
      }
    }
  })

  it('every infrastructure point lies in the district it claims', () => {
    for (const item of infrastructure) {
      const district = districtOf(item.properties.district_code)
      expect(booleanPointInPolygon(item.geometry as never, district), item.properties.id).toBe(true)
    }
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

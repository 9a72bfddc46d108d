import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkDataset } from '../../api/data/check-dataset.ts'
import { drawOutline, type ParkOutline, withOutline } from '../../api/data/geodata/park-outline.ts'
import { ParkCollectionSchema, type ParkFeature } from '../../api/domain/index.ts'
import { fixtureParts, validDataset } from './valid-fixture.ts'

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'))
/** As written in the file (zod would reorder the properties to its schema's order). */
const raw = read('geodata/parks.geojson')
ParkCollectionSchema.parse(raw)
const parks: ParkFeature[] = raw.features
const sources = {
  districts: read('geodata/districts.geojson').features,
  reclamation: read('geodata/binhai-reclamation-additions.geojson').features.map(
    (f: { geometry: unknown }) => f.geometry,
  ),
}
const park = (id: string): ParkFeature => {
  const found = parks.find((p) => p.properties.id === id)
  if (!found) throw new Error(`no park ${id}`)
  return found
}

describe('drawOutline (the park geometry tool)', () => {
  it.each<[string, ParkOutline]>([
    ['teda', { kind: 'circle', centre: [117.719, 39.030519], radiusKm: 3 }],
    ['beichen-medical-valley', { kind: 'circle', centre: 'district-point', radiusKm: 3 }],
    ['nangang-industrial-zone', { kind: 'reclamation', index: 10 }],
    ['wuqing-jingjin-industrial-new-city', { kind: 'district' }],
  ])('redraws %s exactly as parks.geojson has it', (id, outline) => {
    const shipped = park(id)
    const { geometry, ...derived } = drawOutline(outline, shipped.properties.district_code, sources)
    expect(geometry).toEqual(shipped.geometry)
    expect(derived).toEqual({
      geometry_derivation: shipped.properties.geometry_derivation,
      area_km2: shipped.properties.area_km2,
      ...(shipped.properties.radius_km === undefined
        ? {}
        : { radius_km: shipped.properties.radius_km }),
    })
  })

  it('names a district that does not exist', () => {
    expect(() => drawOutline({ kind: 'district' }, '120199', sources)).toThrow(
      'no district 120199 in geodata/districts.geojson',
    )
  })
})

describe('withOutline', () => {
  it('replaces the derived fields in place and keeps every other property in order', () => {
    const teda = park('teda')
    const drawn = drawOutline({ kind: 'district' }, '120116', sources)
    const redrawn = withOutline(teda, drawn)
    expect(redrawn.properties.radius_km).toBeUndefined()
    expect(redrawn.properties.geometry_derivation).toBe('boundary')
    expect(Object.keys(redrawn.properties)).toEqual(
      Object.keys(teda.properties).filter((key) => key !== 'radius_km'),
    )
  })

  it('gives a park a circle that check:data accepts', async () => {
    const dataset = await validDataset()
    const parts = fixtureParts(dataset)
    const fixturePark = parts.park('zhongju-battery-industrial-park')
    const drawn = drawOutline(
      { kind: 'circle', centre: [117.212, 39.108], radiusKm: 0.5 },
      '120110',
      {
        districts: dataset.districts,
        reclamation: [],
      },
    )
    dataset.parks[0] = withOutline(fixturePark, drawn)
    expect(checkDataset(dataset)).toEqual([])
    expect(dataset.parks[0]?.properties.radius_km).toBe(0.5)
  })
})

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
    ['teda-east-area', { kind: 'point', position: [117.719, 39.030519], uncertaintyKm: 5 }],
    ['beichen-medical-valley', { kind: 'none' }],
    ['nangang-industrial-zone', { kind: 'reclamation', index: 10, partial: true }],
    ['wuqing-jingjin-industrial-new-city', { kind: 'district' }],
  ])('redraws %s exactly as parks.geojson has it', (id, outline) => {
    const shipped = park(id)
    const p = shipped.properties
    const { geometry, ...derived } = drawOutline(outline, p.district_code, sources)
    expect(geometry).toEqual(shipped.geometry)
    expect(derived).toEqual({
      extent: p.extent,
      ...(p.area_km2 === undefined ? {} : { area_km2: p.area_km2 }),
      ...(p.uncertainty_km === undefined ? {} : { uncertainty_km: p.uncertainty_km }),
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
    const east = park('teda-east-area')
    const redrawn = withOutline(east, drawOutline({ kind: 'none' }, '120116', sources))
    expect(redrawn.geometry).toBeNull()
    expect(redrawn.properties.extent).toBe('unknown')
    expect(redrawn.properties.uncertainty_km).toBeUndefined()
    expect(Object.keys(redrawn.properties)).toEqual(
      Object.keys(east.properties).filter((key) => key !== 'uncertainty_km'),
    )
  })

  it('gives a park a point that check:data accepts', async () => {
    const dataset = await validDataset()
    const fixturePark = fixtureParts(dataset).park('zhongju-battery-industrial-park')
    const drawn = drawOutline(
      { kind: 'point', position: [117.262, 39.138], uncertaintyKm: 0.5 },
      '120110',
      { districts: dataset.districts, reclamation: [] },
    )
    dataset.parks[0] = withOutline(fixturePark, drawn)
    expect(checkDataset(dataset)).toEqual([])
    expect(dataset.parks[0]?.properties.uncertainty_km).toBe(0.5)
  })
})

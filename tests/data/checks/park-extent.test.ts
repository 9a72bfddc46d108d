import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../../api/data/dataset.ts'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

const POINT_PARK = 'zhongju-battery-industrial-park'
const OUTLINE_PARK = 'fixture-battery-base'

/** The point park turned into a park whose extent is not known (valid as it stands). */
function unknownExtent(dataset: Dataset) {
  const park = fixtureParts(dataset).park(POINT_PARK)
  Object.assign(park.properties, { extent: 'unknown', location_precision: 'district' })
  delete park.properties.uncertainty_km
  park.geometry = null
  return park
}

describe('park-extent', () => {
  it('accepts a park whose extent is not known, with no geometry and no area', async () => {
    const dataset = await validDataset()
    unknownExtent(dataset)
    expect(checkLines(dataset)).toEqual([])
  })

  it('flags an area for an unknown extent', async () => {
    const dataset = await validDataset()
    unknownExtent(dataset).properties.area_km2 = 28.229
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${POINT_PARK} · properties.area_km2: extent "unknown" has no area: area_km2 is only for a citable outline of the whole park; put an area a source states in stated_area [park-extent]`,
    ])
  })

  it('flags a geometry drawn for an unknown extent', async () => {
    const dataset = await validDataset()
    unknownExtent(dataset).geometry = { type: 'Point', coordinates: [117.26, 39.14] }
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${POINT_PARK} · geometry: extent "unknown" needs geometry null (the extent is not known), got Point [park-extent]`,
      `geodata/parks.geojson · ${POINT_PARK} · geometry: a district-precision park has no geometry, unless its outline is the whole district 120110 Fixture District 7 [park-extent]`,
    ])
  })

  it('flags an area for a partial outline', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park(OUTLINE_PARK).properties.extent = 'partial-outline'
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${OUTLINE_PARK} · properties.area_km2: extent "partial-outline" has no area: area_km2 is only for a citable outline of the whole park; put an area a source states in stated_area [park-extent]`,
    ])
  })

  it('flags an uncertainty ring wider than the precision allows', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park(POINT_PARK).properties.uncertainty_km = 8
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${POINT_PARK} · properties.uncertainty_km: a point park gives uncertainty_km, at most 5 km for approximate precision; got 8 [park-extent]`,
    ])
  })

  it('flags an unknown extent that claims a better precision than its district', async () => {
    const dataset = await validDataset()
    unknownExtent(dataset).properties.location_precision = 'approximate'
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${POINT_PARK} · properties.location_precision: extent "unknown" has no position of its own: location_precision must be "district", got "approximate" [park-extent]`,
    ])
  })

  it('flags a park inside a parent that is not located', async () => {
    const dataset = await validDataset()
    unknownExtent(dataset)
    const base = fixtureParts(dataset).park(OUTLINE_PARK)
    Object.assign(base.properties, { extent: 'in-parent', parent_park_id: POINT_PARK })
    delete base.properties.area_km2
    base.geometry = null
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${OUTLINE_PARK} · properties.parent_park_id: its parent "${POINT_PARK}" is not located; give the park extent "unknown" [park-extent]`,
    ])
  })

  it('flags a zone of parts that has no parts', async () => {
    const dataset = await validDataset()
    unknownExtent(dataset).properties.extent = 'parts'
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${POINT_PARK} · properties.extent: a zone of parts needs parks whose parent_park_id names it [park-extent]`,
    ])
  })
})

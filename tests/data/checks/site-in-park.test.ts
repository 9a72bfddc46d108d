import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

const LISHEN = 'tianjin-lishen-battery'
const DONGAOMO = 'dongaomo-capacity-expansion'
const POINT_PARK = 'zhongju-battery-industrial-park'
const OUTLINE_PARK = 'fixture-battery-base'

async function withMember(parkId: string, at: [number, number]) {
  const dataset = await validDataset()
  const site = fixtureParts(dataset).site(LISHEN)
  Object.assign(site.properties, {
    park_id: parkId,
    placement: 'park',
    location_precision: 'approximate',
    district_code: '120110',
  })
  site.geometry.coordinates = at
  return dataset
}

describe('site-in-park', () => {
  it('accepts a member placed inside its point park’s uncertainty ring', async () => {
    expect(checkLines(await withMember(POINT_PARK, [117.265, 39.142]))).toEqual([])
  })

  it('accepts a member placed inside its park’s outline', async () => {
    expect(checkLines(await withMember(OUTLINE_PARK, [117.25, 39.13]))).toEqual([])
  })

  it('flags a member outside its point park’s uncertainty ring', async () => {
    expect(checkLines(await withMember(POINT_PARK, [117.245, 39.155]))).toEqual([
      `geodata/sites.geojson · ${LISHEN} · geometry.coordinates: point [117.245, 39.155] is outside the 1 km ring of its park "${POINT_PARK}" (npx tsx api/data/geodata/place-sites.ts places it) [site-in-park]`,
    ])
  })

  it('flags a member outside its park’s outline', async () => {
    expect(checkLines(await withMember(OUTLINE_PARK, [117.26, 39.14]))).toEqual([
      `geodata/sites.geojson · ${LISHEN} · geometry.coordinates: point [117.26, 39.14] is outside the outline of its park "${OUTLINE_PARK}" (npx tsx api/data/geodata/place-sites.ts places it) [site-in-park]`,
    ])
  })

  it('flags a site of a located park left at its district point', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site(DONGAOMO).properties.park_id = OUTLINE_PARK
    expect(checkLines(dataset)).toEqual([
      `geodata/sites.geojson · ${DONGAOMO} · properties.placement: park "${OUTLINE_PARK}" is located, so the site belongs inside it, not at its district's point: set placement "park" and location_precision "approximate" (npx tsx api/data/geodata/place-sites.ts places it) [site-in-park]`,
    ])
  })

  it('flags a member whose precision is not its park’s', async () => {
    const dataset = await withMember(POINT_PARK, [117.265, 39.142])
    fixtureParts(dataset).site(LISHEN).properties.location_precision = 'exact'
    expect(checkLines(dataset)).toEqual([
      `geodata/sites.geojson · ${LISHEN} · properties.location_precision: placed in park "${POINT_PARK}", the site has its precision "approximate", got "exact" [site-in-park]`,
    ])
  })

  it('flags a site placed in a park that is not located', async () => {
    const dataset = await withMember(POINT_PARK, [117.265, 39.142])
    const park = fixtureParts(dataset).park(POINT_PARK)
    Object.assign(park.properties, { extent: 'unknown', location_precision: 'district' })
    delete park.properties.uncertainty_km
    park.geometry = null
    expect(checkLines(dataset)).toEqual([
      `geodata/sites.geojson · ${LISHEN} · properties.placement: placement "park" but park "${POINT_PARK}" is not located; use "district" or "source" [site-in-park]`,
    ])
  })
})

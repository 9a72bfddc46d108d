import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, must, validDataset } from '../valid-fixture.ts'

const LISHEN = 'tianjin-lishen-battery'
const PARK = 'fixture-battery-base'

describe('geometry-valid', () => {
  it('flags a point written [lat, lng]', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site(LISHEN).geometry.coordinates = [39.148, 117.31]
    expect(checkLines(dataset)).toEqual([
      `geodata/sites.geojson · ${LISHEN} · geometry.coordinates: position [39.148, 117.31] looks like [lat, lng]; GeoJSON positions are [lng, lat] [geometry-valid]`,
    ])
  })

  it('flags coordinates with more than 6 decimals', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site(LISHEN).geometry.coordinates = [117.3101234, 39.148]
    expect(checkLines(dataset)).toEqual([
      `geodata/sites.geojson · ${LISHEN} · geometry.coordinates: position [117.3101234, 39.148] has more than 6 decimals; round coordinates to 6 [geometry-valid]`,
    ])
  })

  it('flags a polygon ring that is not closed', async () => {
    const dataset = await validDataset()
    const park = fixtureParts(dataset).park(PARK)
    if (park.geometry?.type !== 'Polygon') throw new Error('fixture park is a Polygon')
    const ring = must(park.geometry.coordinates[0], 'outer ring')
    ring[ring.length - 1] = [117.2451, 39.1253]
    const first = must(ring[0], 'first vertex')
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${PARK} · geometry.coordinates[0]: ring is not closed: first [${first[0]}, ${first[1]}] ≠ last [117.2451, 39.1253] [geometry-valid]`,
    ])
  })

  it('flags a polygon ring that crosses itself', async () => {
    const dataset = await validDataset()
    const park = fixtureParts(dataset).park(PARK)
    if (park.geometry?.type !== 'Polygon') throw new Error('fixture park is a Polygon')
    const ring = must(park.geometry.coordinates[0], 'outer ring')
    const [a, b] = [must(ring[1], 'vertex 1'), must(ring[2], 'vertex 2')]
    ring[1] = b
    ring[2] = a
    expect(checkLines(dataset)).toEqual([
      expect.stringMatching(
        /^geodata\/parks\.geojson · fixture-battery-base · geometry\.coordinates\[0\]: ring crosses itself at \d+ point\(s\), first near \[117\.\d+, 39\.\d+\] \[geometry-valid\]$/,
      ),
    ])
  })

  it('flags a polygon whose hole crosses its outer ring (turf booleanValid)', async () => {
    const dataset = await validDataset()
    const park = fixtureParts(dataset).park(PARK)
    if (park.geometry?.type !== 'Polygon') throw new Error('fixture park is a Polygon')
    park.geometry.coordinates.push([
      [117.25, 39.12],
      [117.25, 39.13],
      [117.26, 39.13],
      [117.26, 39.12],
      [117.25, 39.12],
    ])
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${PARK} · geometry: turf booleanValid rejects the polygon (a spike, a hole crossing its outer ring, or overlapping parts) [geometry-valid]`,
    ])
  })

  it('flags a site outside every district, i.e. outside Tianjin', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site(LISHEN).geometry.coordinates = [117.4, 39.3]
    expect(checkLines(dataset)).toEqual([
      `geodata/sites.geojson · ${LISHEN} · geometry.coordinates: point [117.4, 39.3] lies outside every district (outside Tianjin) [geometry-valid]`,
      `geodata/sites.geojson · ${LISHEN} · properties.district_code: point is not inside 120111 Fixture District 8: [117.4, 39.3] is outside every district [in-claimed-district]`,
    ])
  })

  it('flags a district geometry that crosses itself', async () => {
    const dataset = await validDataset()
    const district = fixtureParts(dataset).district('120101')
    if (district.geometry.type !== 'Polygon') throw new Error('fixture district is a Polygon')
    // 117.16–117.20 × 39.08–39.12 drawn as a bow tie: SW, SE, NW, NE.
    district.geometry.coordinates = [
      [
        [117.16, 39.08],
        [117.2, 39.08],
        [117.16, 39.12],
        [117.2, 39.12],
        [117.16, 39.08],
      ],
    ]
    const issues = checkLines(dataset).filter((line) => line.endsWith('[geometry-valid]'))
    expect(issues).toEqual([
      'geodata/districts.geojson · 120101 · geometry.coordinates[0]: ring crosses itself at 1 point(s), first near [117.18, 39.1] [geometry-valid]',
    ])
  })

  it('flags an outer ring that runs clockwise (RFC 7946)', async () => {
    const dataset = await validDataset()
    const park = fixtureParts(dataset).park(PARK)
    if (park.geometry?.type !== 'Polygon') throw new Error('fixture park is a Polygon')
    must(park.geometry.coordinates[0], 'outer ring').reverse()
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${PARK} · geometry.coordinates[0]: outer ring runs clockwise; RFC 7946 wants outer rings counter-clockwise (reverse the ring) [geometry-valid]`,
    ])
  })

  it('flags a hole that runs counter-clockwise (RFC 7946)', async () => {
    const dataset = await validDataset()
    const district = fixtureParts(dataset).district('120101')
    if (district.geometry.type !== 'Polygon') throw new Error('fixture district is a Polygon')
    district.geometry.coordinates.push([
      [117.165, 39.085],
      [117.166, 39.085],
      [117.166, 39.086],
      [117.165, 39.086],
      [117.165, 39.085],
    ])
    const issues = checkLines(dataset).filter((line) => line.endsWith('[geometry-valid]'))
    expect(issues).toEqual([
      'geodata/districts.geojson · 120101 · geometry.coordinates[1]: hole runs counter-clockwise; RFC 7946 wants holes clockwise (reverse the ring) [geometry-valid]',
    ])
  })
})

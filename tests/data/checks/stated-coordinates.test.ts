import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

const LISHEN = 'tianjin-lishen-battery'
const PARK = 'zhongju-battery-industrial-park'

describe('stated-coordinates', () => {
  it('accepts an exact site within 1 km of the coordinate its source writes', async () => {
    const dataset = await validDataset()
    // [117.235, 39.114] is 12 m from 39°06′50″N 117°14′06″E.
    fixtureParts(dataset).site(LISHEN).properties.location_source =
      'en.wikipedia "Fixture works": 39°06′50″N 117°14′06″E.'
    expect(checkLines(dataset)).toEqual([])
  })

  it('flags an exact site more than 1 km from the coordinate its source writes', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site(LISHEN).properties.location_source =
      'en.wikipedia "Fixture works": 39°07′30″N 117°14′06″E.'
    expect(checkLines(dataset)).toEqual([
      `geodata/sites.geojson · ${LISHEN} · geometry.coordinates: location_source writes 39°07′30″N 117°14′06″E [117.235, 39.125], but the point is 1.22 km from it; exact allows 1 km [stated-coordinates]`,
    ])
  })

  it('flags an approximate park whose written lat, lng pair lies over 5 km away and outside it', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park(PARK).properties.location_source =
      'Circle around the plant at 39.160, 117.210 (fixture).'
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${PARK} · geometry: location_source writes 39.160, 117.210 [117.21, 39.16], but the polygon is 5.56 km from it; approximate allows 5 km [stated-coordinates]`,
    ])
  })

  it('accepts a polygon that contains the coordinate its source writes', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park(PARK).properties.location_source =
      'Outline around the terminal at 39.1101, 117.2102 (fixture).'
    expect(checkLines(dataset)).toEqual([])
  })

  it('leaves district-precision places alone', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('dongaomo-capacity-expansion').properties.location_source =
      'District representative point; the firm is said to be near 39.5, 117.9.'
    expect(checkLines(dataset)).toEqual([])
  })
})

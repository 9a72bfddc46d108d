import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

const LISHEN = 'tianjin-lishen-battery'
const PARK = 'zhongju-battery-industrial-park'
const OUTLINE_PARK = 'fixture-battery-base'

describe('stated-coordinates', () => {
  it('accepts an exact site within 1 km of the coordinate its source writes', async () => {
    const dataset = await validDataset()
    // [117.31, 39.148] is 6 m from 39°08′53″N 117°18′36″E.
    fixtureParts(dataset).site(LISHEN).properties.location_source =
      'en.wikipedia "Fixture works": 39°08′53″N 117°18′36″E.'
    expect(checkLines(dataset)).toEqual([])
  })

  it('flags an exact site more than 1 km from the coordinate its source writes', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site(LISHEN).properties.location_source =
      'en.wikipedia "Fixture works": 39°09′30″N 117°18′36″E.'
    expect(checkLines(dataset)).toEqual([
      `geodata/sites.geojson · ${LISHEN} · geometry.coordinates: location_source writes 39°09′30″N 117°18′36″E [117.31, 39.158333], but the point is 1.15 km from it; exact allows 1 km [stated-coordinates]`,
    ])
  })

  it('flags an approximate point park whose written lat, lng pair lies over 5 km away', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park(PARK).properties.location_source =
      'Point of the plant at 39.190, 117.260 (fixture).'
    expect(checkLines(dataset)).toEqual([
      `geodata/parks.geojson · ${PARK} · geometry.coordinates: location_source writes 39.190, 117.260 [117.26, 39.19], but the point is 5.56 km from it; approximate allows 5 km [stated-coordinates]`,
    ])
  })

  it('accepts an outline that contains the coordinate its source writes', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).park(OUTLINE_PARK).properties.location_source =
      'Outline around the terminal at 39.1301, 117.2502 (fixture).'
    expect(checkLines(dataset)).toEqual([])
  })

  it('leaves district-precision places alone', async () => {
    const dataset = await validDataset()
    fixtureParts(dataset).site('dongaomo-capacity-expansion').properties.location_source =
      'District representative point; the firm is said to be near 39.5, 117.9.'
    expect(checkLines(dataset)).toEqual([])
  })
})

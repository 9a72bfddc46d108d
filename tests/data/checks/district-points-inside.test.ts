import { describe, expect, it } from 'vitest'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

describe('district-points-inside', () => {
  it('flags a district whose representative point cannot lie 1 km inside it', async () => {
    const dataset = await validDataset()
    const district = fixtureParts(dataset).district('120101')
    // A strip 1 km tall (0.009°) at the south of the cell: no point is 1 km from its border.
    district.geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [117.16, 39.08],
          [117.2, 39.08],
          [117.2, 39.089],
          [117.16, 39.089],
          [117.16, 39.08],
        ],
      ],
    }
    const issues = checkLines(dataset).filter((l) => l.endsWith('[district-points-inside]'))
    expect(issues).toEqual([
      expect.stringMatching(
        /^geodata\/districts\.geojson · 120101 · geometry: representative point \[117\.18\d*, 39\.084\d*\] is 0\.50 km from a border or hole; it must be at least 1 km inside \[district-points-inside\]$/,
      ),
    ])
  })
})

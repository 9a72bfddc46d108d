import { describe, expect, it } from 'vitest'
import { geometryAreaKm2 } from '../../../api/data/checks/derived-fields.ts'
import type { Dataset } from '../../../api/data/dataset.ts'
import { checkLines, fixtureParts, validDataset } from '../valid-fixture.ts'

/**
 * Moves the east edge of fixture district 120101 (117.16–117.20 E) to `eastLng`, updating its
 * `area_km2` as an editor would (so only the overlap is wrong).
 */
function stretchFirstDistrictEast(dataset: Dataset, eastLng: number): void {
  const district = fixtureParts(dataset).district('120101')
  district.geometry = {
    type: 'Polygon',
    coordinates: [
      [
        [117.16, 39.08],
        [eastLng, 39.08],
        [eastLng, 39.12],
        [117.16, 39.12],
        [117.16, 39.08],
      ],
    ],
  }
  district.properties.area_km2 = Number(geometryAreaKm2(district.geometry).toFixed(2))
}

/** The districts-tile issues (reshaping a district also moves its representative point). */
const tileIssues = (dataset: Dataset) =>
  checkLines(dataset).filter((line) => line.endsWith('[districts-tile]'))

describe('districts-tile', () => {
  it('flags two districts that overlap', async () => {
    const dataset = await validDataset()
    stretchFirstDistrictEast(dataset, 117.204)
    expect(tileIssues(dataset)).toEqual([
      expect.stringMatching(
        /^geodata\/districts\.geojson · 120101 · geometry: overlaps 120102 Fixture District 2 by 1\.53\d km² \(tolerance 0\.01 km²\) \[districts-tile\]$/,
      ),
    ])
  })

  it('ignores an overlap below 0.01 km² as float noise', async () => {
    const dataset = await validDataset()
    stretchFirstDistrictEast(dataset, 117.200001)
    expect(tileIssues(dataset)).toEqual([])
  })

  it('flags a union whose area falls short of the sum of district areas by over 1%', async () => {
    const dataset = await validDataset()
    stretchFirstDistrictEast(dataset, 117.24)
    const issues = tileIssues(dataset)
    expect(issues).toEqual([
      'geodata/districts.geojson · 120101 · geometry: overlaps 120102 Fixture District 2 by 15.352 km² (tolerance 0.01 km²) [districts-tile]',
      'geodata/districts.geojson · * · geometry: union of the districts is 245.4 km² but their areas sum to 260.8 km² (5.9% apart, tolerance 1%) [districts-tile]',
    ])
  })
})

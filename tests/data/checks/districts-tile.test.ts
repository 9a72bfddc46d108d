import { describe, expect, it } from 'vitest'
import { checkDataset } from '../../../api/data/check-dataset.ts'
import { geometryAreaKm2 } from '../../../api/data/checks/derived-fields.ts'
import type { Dataset } from '../../../api/data/dataset.ts'
import { fixtureParts, validDataset } from '../valid-fixture.ts'

/**
 * Moves the east edge of fixture district 120101 (117.16–117.18 E) to `eastLng`, updating its
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
        [eastLng, 39.1],
        [117.16, 39.1],
        [117.16, 39.08],
      ],
    ],
  }
  district.properties.area_km2 = Number(geometryAreaKm2(district.geometry).toFixed(2))
}

describe('districts-tile', () => {
  it('flags two districts that overlap', async () => {
    const dataset = await validDataset()
    stretchFirstDistrictEast(dataset, 117.182)
    expect(checkDataset(dataset)).toEqual([
      {
        rule: 'districts-tile',
        file: 'geodata/districts.geojson',
        id: '120101',
        field: 'geometry',
        message: expect.stringMatching(
          /^overlaps 120102 Fixture District 2 by 0\.38\d km² \(tolerance 0\.01 km²\)$/,
        ),
      },
    ])
  })

  it('ignores an overlap below 0.01 km² as float noise', async () => {
    const dataset = await validDataset()
    stretchFirstDistrictEast(dataset, 117.180001)
    expect(checkDataset(dataset)).toEqual([])
  })

  it('flags a union whose area falls short of the sum of district areas by over 1%', async () => {
    const dataset = await validDataset()
    stretchFirstDistrictEast(dataset, 117.2)
    const issues = checkDataset(dataset)
    expect(issues).toEqual([
      {
        rule: 'districts-tile',
        file: 'geodata/districts.geojson',
        id: '120101',
        field: 'geometry',
        message: 'overlaps 120102 Fixture District 2 by 3.839 km² (tolerance 0.01 km²)',
      },
      {
        rule: 'districts-tile',
        file: 'geodata/districts.geojson',
        id: '',
        field: 'geometry',
        message:
          'union of the districts is 61.4 km² but their areas sum to 65.2 km² (5.9% apart, tolerance 1%)',
      },
    ])
  })
})

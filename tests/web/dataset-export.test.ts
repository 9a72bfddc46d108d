import { describe, expect, it } from 'vitest'
import type { ParkFeature, SiteFeature } from '../../api/domain/index.ts'
import {
  DATASET_LICENCE,
  type DatasetRow,
  datasetCsv,
  datasetGeoJson,
  rowPosition,
} from '../../web/features/district-stats/dataset-export.ts'

const META = { filters: 'all sectors', date: '2026-12-05' }
const SITE = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [117.2, 39.13] },
  properties: { id: 'a-site', name_en: 'A' },
} as unknown as SiteFeature
const ROW: DatasetRow = {
  kind: 'Site',
  id: 'a-site',
  name_zh: '甲, “乙”',
  name_en: '=HYPERLINK("x")',
  district: 'Binhai New Area',
  sectors: 'Wind power',
  status: '',
  plans: 'ne18',
  location_precision: 'district',
  lng: 117.2,
  lat: 39.13,
  area_km2: null,
}
const HEADERS = Object.fromEntries(Object.keys(ROW).map((k) => [k, k])) as Record<
  keyof DatasetRow,
  string
>

describe('downloading the dataset shown', () => {
  it('writes GeoJSON that carries its licence, attribution, filters and date', () => {
    const json = JSON.parse(datasetGeoJson([] as ParkFeature[], [SITE], META))
    expect(json).toMatchObject({
      type: 'FeatureCollection',
      license: 'ODbL-1.0',
      attribution: DATASET_LICENCE.attribution,
      filters: 'all sectors',
      generated: '2026-12-05',
    })
    expect(json.features[0].properties).toMatchObject({ kind_of_place: 'site', id: 'a-site' })
  })

  it('writes CSV with a BOM, licence lines first, quoted fields and formulas defused', () => {
    const csv = datasetCsv([ROW], HEADERS, META)
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('\uFEFF# Tianjin industrial parks and project sites')
    expect(lines).toContain(`# Licence: ODbL-1.0 (${DATASET_LICENCE.url})`)
    expect(lines[5]?.startsWith('kind,id,name_zh')).toBe(true)
    expect(lines[6]).toContain('"甲, “乙”"')
    expect(lines[6]).toContain(`"'=HYPERLINK(""x"")"`)
    expect(lines[6]).toContain('117.2,39.13,')
  })

  it('gives a CSV point only where it is known: never a district-level place’s district point', () => {
    const site = (precision: string) =>
      ({ ...SITE, properties: { location_precision: precision } }) as unknown as SiteFeature
    expect(rowPosition(site('approximate'))).toEqual({ lng: 117.2, lat: 39.13 })
    expect(rowPosition(site('district'))).toEqual({ lng: null, lat: null })
    const park = (geometry: unknown) =>
      ({ geometry, properties: { location_precision: 'approximate' } }) as unknown as ParkFeature
    expect(rowPosition(park({ type: 'Point', coordinates: [117.7, 39.03] }))).toEqual({
      lng: 117.7,
      lat: 39.03,
    })
    expect(rowPosition(park(null))).toEqual({ lng: null, lat: null })
  })
})

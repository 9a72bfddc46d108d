import { describe, expect, it } from 'vitest'
import type { ExportTable } from '../../../web/features/analysis/export/export-table.ts'
import { toGeoJson } from '../../../web/features/analysis/export/export-table.ts'
import { csvField, toCsv, UTF8_BOM } from '../../../web/features/analysis/export/to-csv.ts'

const TABLE: ExportTable = {
  name: 'sample',
  columns: [
    { key: 'name_zh', header: '中文名称' },
    { key: 'name_en', header: 'Name, English' },
    { key: 'distance_km', header: 'Distance (km)' },
  ],
  rows: [
    {
      values: { name_zh: '天津力神电池', name_en: 'Lishen "Battery"', distance_km: 1.25 },
      geometry: { type: 'Point', coordinates: [117.1, 39.1] },
    },
    { values: { name_zh: '多行\n名称', name_en: '=SUM(A1)', distance_km: null }, geometry: null },
  ],
}

describe('the CSV export', () => {
  it('starts with the UTF-8 byte order mark so that Excel reads Chinese correctly', () => {
    expect(toCsv(TABLE).startsWith(UTF8_BOM)).toBe(true)
    expect(new TextEncoder().encode(toCsv(TABLE)).slice(0, 3)).toEqual(
      new Uint8Array([0xef, 0xbb, 0xbf]),
    )
  })

  it('quotes fields with commas, quotes and line breaks, doubling inner quotes (RFC 4180)', () => {
    expect(toCsv(TABLE)).toBe(
      `${UTF8_BOM}中文名称,"Name, English",Distance (km)\r\n` +
        '天津力神电池,"Lishen ""Battery""",1.25\r\n' +
        `"多行\n名称",'=SUM(A1),\r\n`,
    )
  })

  it('writes numbers as they are and empty cells for null', () => {
    expect(csvField(-3.5)).toBe('-3.5')
    expect(csvField(null)).toBe('')
    expect(csvField(true)).toBe('true')
  })
})

describe('the GeoJSON export', () => {
  it('makes one feature per row with the columns as properties', () => {
    const fc = toGeoJson(TABLE)
    expect(fc.features).toHaveLength(2)
    expect(fc.features[0]?.properties).toEqual({
      name_zh: '天津力神电池',
      name_en: 'Lishen "Battery"',
      distance_km: 1.25,
    })
    expect(fc.features[1]?.geometry).toBeNull()
  })
})

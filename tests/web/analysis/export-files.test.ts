import { describe, expect, it } from 'vitest'
import { roundKm } from '../../../api/domain/round-distance.ts'
import { ANALYSIS_MESSAGES } from '../../../web/features/analysis/analysis-messages.ts'
import { DEFAULT_ANALYSIS } from '../../../web/features/analysis/analysis-url.ts'
import { csvCells } from '../../../web/features/analysis/export/csv-cells.ts'
import type { ExportTable } from '../../../web/features/analysis/export/export-table.ts'
import { toGeoJson } from '../../../web/features/analysis/export/export-table.ts'
import { imageAbout } from '../../../web/features/analysis/export/image-about.ts'
import { compareTable } from '../../../web/features/analysis/export/summary-tables.ts'
import {
  type AboutLabels,
  measureHeader,
  withAbout,
} from '../../../web/features/analysis/export/table-about.ts'
import { toCsv } from '../../../web/features/analysis/export/to-csv.ts'
import { i18nFor } from '../../../web/lib/i18n/translate.ts'

const zh = i18nFor('zh', ANALYSIS_MESSAGES).t
const en = i18nFor('en', ANALYSIS_MESSAGES).t
const SECTORS: Record<string, { zh: string; en: string }> = {
  'li-battery': { zh: '锂离子电池', en: 'Lithium-ion batteries' },
  nev: { zh: '新能源汽车', en: 'New energy vehicles' },
}
const labels = (lang: 'zh' | 'en'): AboutLabels => ({
  t: lang === 'zh' ? zh : en,
  chainName: (id) => (id === 'li-battery' ? (lang === 'zh' ? '锂电池产业链' : 'Li-ion chain') : id),
  sectorName: (id) => SECTORS[id]?.[lang] ?? id,
})

const TABLE: ExportTable = {
  name: 'within-10km-site-x',
  columns: [
    { key: 'role', header: 'Role' },
    { key: 'type', header: 'Type' },
    { key: 'sectors', header: 'Sectors' },
    { key: 'distance_km', header: 'Distance (km)' },
    { key: 'investment_cny_100m', header: 'Investment' },
  ],
  rows: [
    {
      values: {
        role: 'within',
        type: 'site',
        sectors: 'li-battery nev',
        distance_km: roundKm(43.19925458638718),
        investment_cny_100m: null,
      },
      geometry: { type: 'Point', coordinates: [117.1, 39.1] },
    },
    {
      values: { role: 'within', type: 'park', sectors: 'nev', distance_km: null },
      geometry: null,
    },
  ],
}

describe('exported files say what they hold', () => {
  it('rounds distances to 10 m, keeping "not measured" as null', () => {
    expect(roundKm(43.19925458638718)).toBe(43.2)
    expect(roundKm(0.004)).toBe(0)
    expect(roundKm(null)).toBeNull()
  })

  it('writes roles, types and sectors as words of the UI language, and says what is unknown', () => {
    const csv = toCsv(TABLE, csvCells(zh, 'zh', labels('zh').sectorName))
    const [, first, second] = csv.split('\r\n')
    expect(first).toBe('半径内,项目,锂离子电池、新能源汽车,43.2,来源未载明')
    expect(second).toBe('半径内,园区,新能源汽车,距离未知,')
  })

  it('leads every CSV row with the analysis and its settings (radius, chain) in the UI language', () => {
    const view = { ...DEFAULT_ANALYSIS, mode: 'chain' as const, radiusKm: 15 }
    const csv = toCsv(withAbout(TABLE, view, '产业链 · 力神', labels('zh')))
    const [header, first] = csv.replace('\uFEFF', '').split('\r\n')
    expect(header).toBe('分析,产业链,半径（公里）,Role,Type,Sectors,Distance (km),Investment')
    expect(first?.startsWith('产业链 · 力神,锂电池产业链,15,within,site')).toBe(true)
  })

  it('gives the GeoJSON a metadata member with title, date, parameters, units and CRS', () => {
    const view = { ...DEFAULT_ANALYSIS, mode: 'radius' as const, radiusKm: 12 }
    const fc = toGeoJson(withAbout(TABLE, view, 'Radius · Lishen', labels('en')), {
      generated: '2026-12-05',
      attribution: '© OpenStreetMap contributors',
    })
    expect(fc.metadata).toMatchObject({
      title: 'Radius · Lishen',
      generated: '2026-12-05',
      parameters: { radius_km: 12 },
    })
    expect(fc.metadata?.crs).toContain('WGS84')
    expect(fc.metadata?.units.distance_km).toContain('kilometres')
    expect(fc.features[0]?.properties?.sectors).toBe('li-battery nev')
  })

  it('names picked candidates in both name columns and heads measures with radius and chain', () => {
    const view = { ...DEFAULT_ANALYSIS, mode: 'compare' as const, radiusKm: 8 }
    const table = compareTable(
      [
        {
          label: 'A',
          subject: {
            subject: { kind: 'point', at: [117.2, 39.13] },
            position: [117.2, 39.13],
            centers: [[117.2, 39.13]],
            byParts: false,
            name_zh: null,
            name_en: null,
            precision: null,
            investmentCny100m: null,
          },
          values: { port_km: 43.19925458638718, chain_score: 1 / 3 },
        },
      ],
      [
        { key: 'port_km', header: measureHeader('port_km', view, labels('en')) },
        { key: 'chain_score', header: measureHeader('chain_score', view, labels('en')) },
      ],
      en,
    )
    const row = table.rows[0]?.values
    expect(row?.name_zh).toBe('候选点 A（117.2000, 39.1300）')
    expect(row?.name_en).toBe('Candidate A (117.2000, 39.1300)')
    expect(row?.port_km).toBe(43.2)
    expect(row?.chain_score).toBe(0.333)
    const headers = table.columns.map((c) => c.header)
    expect(headers).toContain('Tianjin Port (km)')
    expect(headers).toContain('Li-ion chain completeness within 8 km (0–1)')
  })

  it('captions the map image with its centre and date, and scales it in round kilometres', () => {
    const frame = { center: [117.2, 39.13] as [number, number], zoom: 10, pixelRatio: 1 }
    const { about, scale } = imageAbout(frame, '2026-12-05', en)
    expect(about).toBe('Centre 117.2000, 39.1300 (WGS84) · made 2026-12-05')
    expect(scale.label).toBe('5 km')
    expect(scale.widthPx).toBeCloseTo(5000 / 59.27, 0)
    expect(imageAbout({ ...frame, pixelRatio: 2 }, '2026-12-05', zh).scale.label).toBe('5 公里')
  })
})

import { useQuery } from '@tanstack/react-query'
import type { MouseEvent } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { primarySector } from '../../lib/places/place-filter.ts'
import { useVisiblePlaces } from '../../lib/places/use-visible-places.ts'
import { districtListQuery } from '../../lib/queries/districts.ts'
import { sectorListQuery } from '../../lib/queries/sectors.ts'
import { useView } from '../../lib/url/view-context.tsx'
import { type DatasetRow, datasetCsv, datasetGeoJson, rowPosition } from './dataset-export.ts'
import { STATS_MESSAGES } from './stats-messages.ts'

/**
 * "Download this dataset": the parks and sites the map shows now, as GeoJSON or CSV, each file
 * carrying its licence, attribution, filters and date. Real links (keyboard, "save link as").
 */
export function DatasetDownload() {
  const { t, name, lang } = useI18n(STATS_MESSAGES)
  const common = useI18n()
  const visible = useVisiblePlaces()
  const view = useView()
  const sectors = useQuery(sectorListQuery()).data ?? []
  const districts = useQuery(districtListQuery()).data?.features ?? []
  if (!visible) return null
  const sectorName = new Map(sectors.map((s) => [s.id, name(s)]))
  const districtName = new Map(districts.map((d) => [d.properties.code, name(d.properties)]))
  const meta = () => ({
    filters: [
      view.hiddenSectors.length
        ? `hidden sectors: ${view.hiddenSectors.join(', ')}`
        : 'all sectors',
      ...Object.entries(view.filters).flatMap(([k, v]) => (v ? [`${k}: ${v}`] : [])),
    ].join('; '),
    date: new Date().toISOString().slice(0, 10),
  })
  const rows = (): DatasetRow[] => [
    ...visible.parks.map((park) => {
      const p = park.properties
      return {
        kind: common.t('kind.park'),
        id: p.id,
        name_zh: p.name_zh,
        name_en: p.name_en,
        district: districtName.get(p.district_code) ?? p.district_code,
        sectors: p.sectors.map((s) => sectorName.get(s) ?? s).join('; '),
        status: '',
        plans: p.plans.join('; '),
        location_precision: p.location_precision,
        ...rowPosition(park),
        area_km2: p.area_km2 ?? null,
      }
    }),
    ...visible.sites.map((site) => {
      const p = site.properties
      return {
        kind: common.t('kind.site'),
        id: p.id,
        name_zh: p.name_zh,
        name_en: p.name_en,
        district: districtName.get(p.district_code) ?? p.district_code,
        sectors: [primarySector(p), ...p.sectors.slice(1)]
          .map((s) => sectorName.get(s ?? '') ?? s)
          .join('; '),
        status: p.status ? common.t(`status.${p.status}`) : '',
        plans: p.plans.join('; '),
        location_precision: p.location_precision,
        ...rowPosition(site),
        area_km2: null,
      }
    }),
  ]
  const headers: Record<keyof DatasetRow, string> =
    lang === 'zh'
      ? {
          kind: '类型',
          id: 'id',
          name_zh: '中文名称',
          name_en: '英文名称',
          district: '区',
          sectors: '产业',
          status: '状态',
          plans: '计划',
          location_precision: '位置精度',
          lng: '经度 (WGS84)',
          lat: '纬度 (WGS84)',
          area_km2: '面积 (km²)',
        }
      : {
          kind: 'Kind',
          id: 'id',
          name_zh: 'Chinese name',
          name_en: 'English name',
          district: 'District',
          sectors: 'Sectors',
          status: 'Status',
          plans: 'Plans',
          location_precision: 'Location precision',
          lng: 'Longitude (WGS84)',
          lat: 'Latitude (WGS84)',
          area_km2: 'Area (km²)',
        }
  const link = (build: () => string, type: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const url = URL.createObjectURL(new Blob([build()], { type }))
    event.currentTarget.href = url
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return (
    <section className="panel-section dataset-download" data-testid="dataset-download">
      <h3>{t('download.title')}</h3>
      <p className="note">
        {/* a tiled map lists no sites: the download holds the parks only, and says so */}
        {t(visible.sites.length < visible.shownSites ? 'download.whatParksOnly' : 'download.what', {
          sites: visible.shownSites,
          parks: visible.parks.length,
        })}
      </p>
      <div className="download-links">
        {/* biome-ignore lint/a11y/useValidAnchor: a real download link; its href becomes the file's blob URL on click */}
        <a
          className="button"
          href="#geojson"
          download="tianjin-industry-places.geojson"
          data-testid="download-geojson"
          onClick={link(
            () => datasetGeoJson(visible.parks, visible.sites, meta()),
            'application/geo+json',
          )}
        >
          {t('download.geojson')}
        </a>
        {/* biome-ignore lint/a11y/useValidAnchor: a real download link; its href becomes the file's blob URL on click */}
        <a
          className="button"
          href="#csv"
          download="tianjin-industry-places.csv"
          data-testid="download-csv"
          onClick={link(() => datasetCsv(rows(), headers, meta()), 'text/csv;charset=utf-8')}
        >
          {t('download.csv')}
        </a>
      </div>
      <p className="note" data-testid="download-licence">
        {t('download.licence')}
      </p>
    </section>
  )
}

import { useState } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { isoDate } from '../../lib/ui/iso-date.ts'
import { useMap } from '../../map/map-provider.tsx'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import { csvCells } from './export/csv-cells.ts'
import { downloadBlob } from './export/download.ts'
import { type ExportTable, toGeoJson } from './export/export-table.ts'
import { imageAbout } from './export/image-about.ts'
import type { LegendItem } from './export/legend-layout.ts'
import { composeMapPng } from './export/map-png.ts'
import { toCsv } from './export/to-csv.ts'
import { useSectorName } from './use-sectors.tsx'

const ATTRIBUTION = '© OpenStreetMap contributors (ODbL) · geoBoundaries · GSHHG'

/**
 * GeoJSON, CSV and PNG (map with legend) of the result shown; each says what it holds: the
 * CSV in the UI language with the analysis and its settings on every row, the GeoJSON with a
 * `metadata` member, the PNG with date, centre and scale; file names carry the date.
 */
export function ExportBar(props: {
  table: ExportTable | null
  title: string
  legend: LegendItem[]
}) {
  const { t, lang } = useI18n(ANALYSIS_MESSAGES)
  const sectors = useSectorName()
  const map = useMap()
  const today = isoDate(new Date())
  const [error, setError] = useState<string | null>(null)
  const { table } = props
  const save = (run: () => Promise<void> | void) => async () => {
    setError(null)
    try {
      await run()
    } catch (e) {
      setError(t('export.failed', { message: e instanceof Error ? e.message : String(e) }))
    }
  }
  const geojson = save(() => {
    if (!table) return
    const fc = toGeoJson(table, { generated: today, attribution: ATTRIBUTION })
    const text = `${JSON.stringify(fc, null, 1)}\n`
    downloadBlob(
      new Blob([text], { type: 'application/geo+json' }),
      `${table.name}-${today}.geojson`,
    )
  })
  const csv = save(() => {
    if (!table) return
    const text = toCsv(table, csvCells(t, lang, sectors.name))
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${table.name}-${today}.csv`)
  })
  const png = save(async () => {
    if (!map) throw new Error('the map is not ready')
    const { about, scale } = imageAbout(map.frame(), today, t)
    const canvas = await map.snapshot()
    const text = {
      title: props.title,
      about,
      legendTitle: t('legend.title'),
      attribution: ATTRIBUTION,
    }
    const blob = await composeMapPng(canvas, text, props.legend, scale)
    downloadBlob(blob, `${table?.name ?? 'analysis'}-${today}.png`)
  })
  return (
    <div className="export-bar">
      <span className="export-label">{t('export.title')}</span>
      <button
        type="button"
        className="button small"
        data-testid="export-geojson"
        disabled={!table}
        onClick={geojson}
      >
        {t('export.geojson')}
      </button>
      <button
        type="button"
        className="button small"
        data-testid="export-csv"
        disabled={!table}
        onClick={csv}
      >
        {t('export.csv')}
      </button>
      <button
        type="button"
        className="button small"
        data-testid="export-png"
        title={t('export.pngTitle')}
        onClick={png}
      >
        {t('export.png')}
      </button>
      {error && (
        <p className="analysis-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

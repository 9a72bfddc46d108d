import { useState } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { useMap } from '../../map/map-provider.tsx'
import { ANALYSIS_MESSAGES } from './analysis-messages.ts'
import { downloadBlob } from './export/download.ts'
import { type ExportTable, toGeoJson } from './export/export-table.ts'
import type { LegendItem } from './export/legend-layout.ts'
import { composeMapPng } from './export/map-png.ts'
import { toCsv } from './export/to-csv.ts'

const ATTRIBUTION = '© OpenStreetMap contributors (ODbL) · geoBoundaries · GSHHG'

/** GeoJSON, CSV and PNG (map with legend) of the result shown. */
export function ExportBar(props: {
  table: ExportTable | null
  title: string
  legend: LegendItem[]
}) {
  const { t } = useI18n(ANALYSIS_MESSAGES)
  const map = useMap()
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
    const text = `${JSON.stringify(toGeoJson(table), null, 1)}\n`
    downloadBlob(new Blob([text], { type: 'application/geo+json' }), `${table.name}.geojson`)
  })
  const csv = save(() => {
    if (!table) return
    downloadBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${table.name}.csv`)
  })
  const png = save(async () => {
    if (!map) throw new Error('the map is not ready')
    const canvas = await map.snapshot()
    const blob = await composeMapPng(
      canvas,
      props.title,
      t('legend.title'),
      props.legend,
      ATTRIBUTION,
    )
    downloadBlob(blob, `${table?.name ?? 'analysis'}.png`)
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

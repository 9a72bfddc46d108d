import { useState } from 'react'
import { useAnalysisI18n } from './analysis-i18n.ts'
import { downloadBlob } from './export/download.ts'
import { type ExportTable, toGeoJson } from './export/export-table.ts'
import type { LegendItem } from './export/legend-layout.ts'
import { composeMapPng } from './export/map-png.ts'
import { toCsv } from './export/to-csv.ts'
import { mapSnapshot } from './map-snapshot.ts'

const ATTRIBUTION = '© OpenStreetMap contributors (ODbL) · geoBoundaries · GSHHG'

/** GeoJSON, CSV and PNG (map with legend) of the result shown. */
export function ExportBar(props: {
  table: ExportTable | null
  title: string
  legend: LegendItem[]
}) {
  const { at } = useAnalysisI18n()
  const [error, setError] = useState<string | null>(null)
  const { table } = props
  const save = (run: () => Promise<void> | void) => async () => {
    setError(null)
    try {
      await run()
    } catch (e) {
      setError(at('export.failed', { message: e instanceof Error ? e.message : String(e) }))
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
    const canvas = await mapSnapshot.capture()
    const blob = await composeMapPng(
      canvas,
      props.title,
      at('legend.title'),
      props.legend,
      ATTRIBUTION,
    )
    downloadBlob(blob, `${table?.name ?? 'analysis'}.png`)
  })
  return (
    <div className="export-bar">
      <span className="export-label">{at('export.title')}</span>
      <button
        type="button"
        className="button small"
        data-testid="export-geojson"
        disabled={!table}
        onClick={geojson}
      >
        {at('export.geojson')}
      </button>
      <button
        type="button"
        className="button small"
        data-testid="export-csv"
        disabled={!table}
        onClick={csv}
      >
        {at('export.csv')}
      </button>
      <button
        type="button"
        className="button small"
        data-testid="export-png"
        title={at('export.pngTitle')}
        onClick={png}
      >
        {at('export.png')}
      </button>
      {error && (
        <p className="analysis-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl'
import { useEffect, useRef, useState } from 'react'
import type { StagedPaint } from '../staged-paint.ts'
import type { SeedData } from './use-first-stage-seed.ts'
import type { SourceData } from './use-place-sources.ts'

/**
 * Sends each source's data to the map when it changes (by identity), through `stages` when
 * given (a live map, which holds the second stage's data until the first frame is drawn),
 * except what the map was created with (`seeded`). Returns a version that grows after every
 * applied change, or 0 until all sources have data.
 */
export function useSourceData(
  map: MapLibreMap | null,
  data: SourceData | null,
  stages: StagedPaint | null = null,
  seeded: SeedData | null = null,
): number {
  const applied = useRef(new Map<string, GeoJSON.FeatureCollection>())
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (!map) {
      applied.current.clear()
      return
    }
    if (!data) return
    if (applied.current.size === 0 && seeded) {
      // the map was created holding these (`withSourceData`): not sent again
      for (const [id, collection] of Object.entries(seeded)) applied.current.set(id, collection)
      stages?.sendHeldOnceTiled(map)
    }
    let changed = false
    for (const [id, collection] of Object.entries(data)) {
      if (applied.current.get(id) === collection) continue
      if (map.getSource(id)?.type !== 'geojson') continue // tiled sites come from the server
      if (stages) stages.send(map, id, collection)
      else map.getSource<GeoJSONSource>(id)?.setData(collection)
      applied.current.set(id, collection)
      changed = true
    }
    if (changed) setVersion((v) => v + 1)
  }, [map, data, stages, seeded])
  return data ? version : 0
}

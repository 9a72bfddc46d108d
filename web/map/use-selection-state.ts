import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import type { Selection } from '../lib/url/view-url.ts'
import { SOURCE } from './sources/sources.ts'

const SOURCE_OF = { site: SOURCE.sites, park: SOURCE.parks, district: SOURCE.districts } as const

/** Marks the selected place with feature-state `selected` (cleared when the selection changes). */
export function useSelectionState(
  map: MapLibreMap | null,
  selection: Selection | null,
  dataVersion: number,
): void {
  const kind = selection?.kind
  const id = selection?.id
  // Re-applied after data changes: setData may drop the state of features that left and came back.
  useEffect(() => {
    if (!map || !kind || !id || dataVersion === 0) return
    const target = { source: SOURCE_OF[kind], id }
    map.setFeatureState(target, { selected: true })
    return () => {
      if (map.getSource(target.source)) map.setFeatureState(target, { selected: false })
    }
  }, [map, kind, id, dataVersion])
}

import type { Map as MapLibreMap } from 'maplibre-gl'
import { useEffect } from 'react'
import type { PlaceIndex } from '../lib/places/place-index.ts'
import type { Selection } from '../lib/url/view-url.ts'
import { SOURCE } from './sources/sources.ts'
import { siteTarget } from './sources/use-site-tiles.ts'

const SOURCE_OF = { site: SOURCE.sites, park: SOURCE.parks, district: SOURCE.districts } as const

/**
 * Marks the selected place with feature-state `selected` (cleared when the selection
 * changes). A place known only by district is not drawn: its district (and its district badge)
 * is marked instead.
 */
export function useSelectionState(
  map: MapLibreMap | null,
  selection: Selection | null,
  dataVersion: number,
  places: PlaceIndex | null,
): void {
  const kind = selection?.kind
  const id = selection?.id
  const entry = kind && id ? places?.get(`${kind}:${id}`) : undefined
  const district = entry && !entry.located ? entry.district_code : null
  // Re-applied after data changes: setData may drop the state of features that left and came back.
  useEffect(() => {
    if (!map || !kind || !id || dataVersion === 0) return
    const targets = district
      ? [
          { source: SOURCE.districts, id: district },
          { source: SOURCE.districtLevel, id: district },
        ]
      : [kind === 'site' ? siteTarget(map, id) : { source: SOURCE_OF[kind], id }]
    for (const target of targets) map.setFeatureState(target, { selected: true })
    return () => {
      for (const target of targets) {
        if (map.getSource(target.source)) map.setFeatureState(target, { selected: false })
      }
    }
  }, [map, kind, id, district, dataVersion])
}

import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import { useEffect, useRef, useState } from 'react'
import { visibleClusterSites } from './style/tiled-site-filter.ts'

export interface HoverTip {
  /** Pixel position within the map. */
  x: number
  y: number
  name_zh?: string
  name_en?: string
  /** Sites in a hovered cluster. */
  count?: number
  /** Places known only by district in a hovered district badge. */
  districtCount?: number
}

const TIP_LAYERS = [
  'district-level-badge',
  'sites-circle',
  'sites-cluster',
  'infrastructure-symbol',
  'parks-point',
  'parks-fill',
  'parks-fill-partial',
]

/**
 * What is under the mouse (a site, cluster, park or infrastructure), for a name tooltip. A
 * tile cluster counts only the sites of sectors that are not `hiddenSectors`.
 */
export function useHoverTip(
  map: MapLibreMap | null,
  hiddenSectors: readonly string[],
): HoverTip | null {
  const [tip, setTip] = useState<HoverTip | null>(null)
  const hidden = useRef(hiddenSectors)
  hidden.current = hiddenSectors
  useEffect(() => {
    if (!map) return
    const onMove = (event: MapMouseEvent) => {
      const layers = TIP_LAYERS.filter((id) => map.getLayer(id))
      const [feature] = map.queryRenderedFeatures(event.point, { layers })
      if (!feature) return setTip(null)
      const { name_zh, name_en, point_count } = feature.properties
      const at = { x: event.point.x, y: event.point.y }
      if (feature.layer.id === 'district-level-badge') {
        return setTip({ ...at, name_zh, name_en, districtCount: Number(feature.properties.count) })
      }
      const count = point_count ? visibleClusterSites(feature.properties, hidden.current) : 0
      setTip({ ...at, ...(point_count ? { count } : { name_zh, name_en }) })
    }
    const onLeave = () => setTip(null)
    map.on('mousemove', onMove)
    map.on('movestart', onLeave)
    map.getCanvas().addEventListener('mouseleave', onLeave)
    return () => {
      map.off('mousemove', onMove)
      map.off('movestart', onLeave)
      map.getCanvas().removeEventListener('mouseleave', onLeave)
    }
  }, [map])
  return tip
}

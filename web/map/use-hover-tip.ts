import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl'
import { useEffect, useState } from 'react'

export interface HoverTip {
  /** Pixel position within the map. */
  x: number
  y: number
  name_zh?: string
  name_en?: string
  /** Sites in a hovered cluster. */
  count?: number
}

const TIP_LAYERS = [
  'sites-circle',
  'sites-cluster',
  'infrastructure-symbol',
  'parks-fill',
  'parks-fill-approximate',
]

/** What is under the mouse (a site, cluster, park or infrastructure), for a name tooltip. */
export function useHoverTip(map: MapLibreMap | null): HoverTip | null {
  const [tip, setTip] = useState<HoverTip | null>(null)
  useEffect(() => {
    if (!map) return
    const onMove = (event: MapMouseEvent) => {
      const layers = TIP_LAYERS.filter((id) => map.getLayer(id))
      const [feature] = map.queryRenderedFeatures(event.point, { layers })
      if (!feature) return setTip(null)
      const { name_zh, name_en, point_count } = feature.properties
      setTip({
        x: event.point.x,
        y: event.point.y,
        ...(point_count ? { count: Number(point_count) } : { name_zh, name_en }),
      })
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

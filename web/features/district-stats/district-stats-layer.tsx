import { MapLayer, MapSource } from '../../map/overlay/map-declarations.tsx'
import { STATS_FILL_LAYER, STATS_SOURCE } from './stats-layer.ts'
import { useDistrictStats, useStatsView } from './use-district-stats.ts'

/** Declares the district choropleth on the map while it is on (place inside `<MapView>`). */
export function DistrictStatsLayer() {
  const [view] = useStatsView()
  const data = useDistrictStats(view)
  if (!data) return null
  return (
    <>
      <MapSource id={STATS_SOURCE} data={data.collection} />
      <MapLayer layer={STATS_FILL_LAYER} beforeId="parks-fill" />
    </>
  )
}

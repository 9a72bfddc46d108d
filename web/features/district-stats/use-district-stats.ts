import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { districtListQuery } from '../../lib/queries/districts.ts'
import { statsQuery } from '../../lib/queries/stats.ts'
import { useView, useViewStore } from '../../lib/url/view-context.tsx'
import { classOf, districtValues, valueClasses } from './choropleth.ts'
import type { StatsView } from './stats-url.ts'

/** The choropleth's state in the URL and how to change it. */
export function useStatsView(): [StatsView | null, (next: StatsView | null) => void] {
  const view = useView().districtStats ?? null
  const store = useViewStore()
  return [view, (next) => store.update((v) => ({ ...v, districtStats: next }), 'replace')]
}

/**
 * The choropleth's data: district polygons carrying `value` and `cls` (-1 zero, null no
 * figure, else the class), the classes, and how many sites state an investment.
 */
export function useDistrictStats(view: StatsView | null) {
  const stats = useQuery({ ...statsQuery(), enabled: view !== null }).data
  const districts = useQuery(districtListQuery()).data
  return useMemo(() => {
    if (!view || !stats || !districts) return null
    const values = districtValues(
      stats.by_district,
      stats.by_district_sector,
      view.measure,
      view.sector,
    )
    const classes = valueClasses(values.values())
    const collection: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: districts.features.map((d) => {
        const value = values.get(d.properties.code) ?? null
        return {
          type: 'Feature',
          geometry: d.geometry,
          properties: { code: d.properties.code, value, cls: classOf(value, classes) },
        }
      }),
    }
    const rows =
      view.sector === null
        ? stats.by_district
        : stats.by_district_sector.filter((r) => r.sector === view.sector)
    const stated = rows.reduce((sum, r) => sum + r.sites_with_investment, 0)
    const sites = rows.reduce((sum, r) => sum + r.sites, 0)
    return { collection, classes, stated, sites }
  }, [view, stats, districts])
}

import { useQuery } from '@tanstack/react-query'
import booleanPointInPolygon from '@turf/boolean-point-in-polygon'
import { useMemo } from 'react'
import { useI18n } from '../../lib/i18n/use-i18n.ts'
import { districtListQuery } from '../../lib/queries/districts.ts'
import { PAN_BOUNDS_BOX } from '../../map/camera/camera.ts'
import type { TypedPoint } from './parse-coordinates.ts'

/** Where a typed point is: the district containing it, and whether the map can show it. */
export function usePointDistrict() {
  const { name } = useI18n()
  const districts = useQuery(districtListQuery()).data?.features
  return useMemo(() => {
    const byCode = new Map((districts ?? []).map((d) => [d.properties.code, d]))
    return {
      locate(at: TypedPoint): { districtCode: string | null; inMap: boolean } {
        const [west, south, east, north] = PAN_BOUNDS_BOX
        const inMap = at[0] >= west && at[0] <= east && at[1] >= south && at[1] <= north
        const inside = (districts ?? []).find((d) => booleanPointInPolygon(at, d))
        return { districtCode: inside?.properties.code ?? null, inMap }
      },
      name(code: string): string | null {
        const district = byCode.get(code)
        return district ? name(district.properties) : null
      },
    }
  }, [districts, name])
}

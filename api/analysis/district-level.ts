import type {
  DistrictLevel,
  DistrictRef,
  ParkFeature,
  PlaceType,
  SiteFeature,
} from '../domain/index.ts'
import { comparePlaceHits, unmeasuredHit } from './place-hit.ts'
import type { PlaceIndex } from './place-index.ts'

/** Which district-level places a listing wants. */
export interface DistrictLevelFilter {
  kind?: PlaceType | null
  accept?: (place: SiteFeature | ParkFeature) => boolean
}

/**
 * The district-level places of `districts` (sites and parks known only to their district),
 * listed apart from measured places: `distance_km: null`, parks first, then by id.
 *
 * @example
 * districtLevelIn(places, [binhaiRef], { kind: 'site' }) // { districts: [binhaiRef], total: 28, items: [...] }
 */
export function districtLevelIn(
  places: PlaceIndex,
  districts: readonly DistrictRef[],
  filter: DistrictLevelFilter = {},
): DistrictLevel {
  const codes = new Set(districts.map((d) => d.code))
  const accept = filter.accept ?? (() => true)
  const wanted = (f: SiteFeature | ParkFeature) =>
    codes.has(f.properties.district_code) && accept(f)
  const items = [
    ...(filter.kind === 'park'
      ? []
      : places.districtLevel.sites.filter(wanted).map((s) => unmeasuredHit(places, 'site', s))),
    ...(filter.kind === 'site'
      ? []
      : places.districtLevel.parks.filter(wanted).map((p) => unmeasuredHit(places, 'park', p))),
  ].sort(comparePlaceHits)
  return { districts: [...districts], total: items.length, items }
}

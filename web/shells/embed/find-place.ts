import type { DistrictFeature, ParkFeature, SiteFeature } from '../../../api/domain/index.ts'
import type { Selection } from '../../lib/url/view-url.ts'

export type FoundPlace =
  | { kind: 'park'; properties: ParkFeature['properties'] }
  | { kind: 'site'; properties: SiteFeature['properties'] }
  | { kind: 'district'; properties: DistrictFeature['properties'] }

/** The selected place's properties from the lists the map already loaded (no extra request). */
export function findPlace(
  selection: Selection,
  lists: {
    parks: readonly ParkFeature[]
    sites: readonly SiteFeature[]
    districts: readonly DistrictFeature[]
  },
): FoundPlace | null {
  if (selection.kind === 'park') {
    const park = lists.parks.find((f) => f.properties.id === selection.id)
    return park ? { kind: 'park', properties: park.properties } : null
  }
  if (selection.kind === 'site') {
    const site = lists.sites.find((f) => f.properties.id === selection.id)
    return site ? { kind: 'site', properties: site.properties } : null
  }
  const district = lists.districts.find((f) => f.properties.code === selection.id)
  return district ? { kind: 'district', properties: district.properties } : null
}

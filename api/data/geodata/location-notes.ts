/** Radius of the circle drawn for a district-level park, km. */
export const DISTRICT_LEVEL_RADIUS_KM = 3

/**
 * The `location_source` text of a park known only at district level.
 *
 * @example districtLevelNote('Beichen District', 'ne18 三、(四) 3. names only the district')
 */
export function districtLevelNote(
  districtName: string,
  why: string,
  radiusKm = DISTRICT_LEVEL_RADIUS_KM,
): string {
  return (
    `District only: ${why}. Drawn as a ${radiusKm} km circle around the representative point ` +
    `of ${districtName} (turf pointOnFeature of its polygon in geodata/districts.geojson); ` +
    'the circle does not mark where the park really is.'
  )
}

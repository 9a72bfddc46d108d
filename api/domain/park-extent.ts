/**
 * What is known of a park's extent, which decides its geometry (zod-free, so browser code can
 * use it without loading schemas):
 * - `outline`: a citable outline of the whole park (a Polygon; `area_km2` is its area);
 * - `partial-outline`: a citable outline of a part only (a Polygon labelled as partial; no
 *   `area_km2`, the park is larger);
 * - `point`: only a position (a Point with `uncertainty_km`, the precision bound, not an area);
 * - `parts`: a zone of several separate parts, each a park with `parent_park_id` = this id
 *   and its own extent (no geometry of its own);
 * - `in-parent`: lies inside its parent park, no outline of its own (no geometry);
 * - `unknown`: only the district is known (no geometry).
 */
export const PARK_EXTENTS = [
  'outline',
  'partial-outline',
  'point',
  'parts',
  'in-parent',
  'unknown',
] as const
export type ParkExtent = (typeof PARK_EXTENTS)[number]

/** Extents drawn from the park's own geometry. */
export const DRAWN_EXTENTS: readonly ParkExtent[] = ['outline', 'partial-outline', 'point']

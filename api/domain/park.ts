import { z } from 'zod'
import { AreaGeometrySchema, collectionSchema, featureSchema, PointSchema } from './geometry.ts'
import { IdSchema } from './ids.ts'
import { LocationRefSchema } from './location-ref.ts'
import { PlacePropertiesSchema } from './place.ts'

export const ParkKindSchema = z.enum(['park', 'base', 'zone', 'pilot-zone', 'cluster'])
export type ParkKind = z.infer<typeof ParkKindSchema>

/**
 * What is known of a park's extent, which decides its geometry:
 * - `outline`: a citable outline of the whole park (a Polygon; `area_km2` is its area);
 * - `partial-outline`: a citable outline of a part only (a Polygon labelled as partial; no
 *   `area_km2`, the park is larger);
 * - `point`: only a position (a Point with `uncertainty_km`, the precision bound, not an area);
 * - `parts`: a zone of several separate parts, each a park with `parent_park_id` = this id
 *   and its own extent (no geometry of its own);
 * - `in-parent`: lies inside its parent park, no outline of its own (no geometry);
 * - `unknown`: only the district is known (no geometry).
 */
export const ParkExtentSchema = z.enum([
  'outline',
  'partial-outline',
  'point',
  'parts',
  'in-parent',
  'unknown',
])
export type ParkExtent = z.infer<typeof ParkExtentSchema>

/** Extents drawn from the park's own geometry. */
export const DRAWN_EXTENTS: readonly ParkExtent[] = ['outline', 'partial-outline', 'point']

/** An area a source states (planned, approved), never computed from a drawing. */
export const StatedAreaSchema = z.object({
  km2: z.number().positive(),
  /** `planned` (a plan's figure), `approved` (an approval's figure), `more-than` (a floor). */
  kind: z.enum(['planned', 'approved', 'more-than']),
  source: LocationRefSchema,
})
export type StatedArea = z.infer<typeof StatedAreaSchema>

export const ParkPropertiesSchema = PlacePropertiesSchema.extend({
  kind: ParkKindSchema,
  /** Administrative level where a source gives it. */
  level: z.enum(['national', 'municipal', 'district']).nullable(),
  extent: ParkExtentSchema,
  /** The zone this park is a part of (an area of a multi-part zone, a base inside a zone). */
  parent_park_id: IdSchema.nullable().default(null),
  /** Geodesic area of the outline, km² — only for `extent: "outline"`. */
  area_km2: z.number().positive().optional(),
  /** Radius of the uncertainty ring around a `point` park, km (its precision bound). */
  uncertainty_km: z.number().positive().optional(),
  /** An area a source states, shown as that source's figure. */
  stated_area: StatedAreaSchema.optional(),
})
export type ParkProperties = z.infer<typeof ParkPropertiesSchema>

/** A park's geometry: an outline, a point, or none when its extent is not drawn. */
export const ParkGeometrySchema = z.union([AreaGeometrySchema, PointSchema]).nullable()

export const ParkFeatureSchema = featureSchema(ParkGeometrySchema, ParkPropertiesSchema)
export type ParkFeature = z.infer<typeof ParkFeatureSchema>
export const ParkCollectionSchema = collectionSchema(ParkFeatureSchema)

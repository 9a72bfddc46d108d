import { z } from 'zod'
import { AreaGeometrySchema, collectionSchema, featureSchema, PointSchema } from './geometry.ts'
import { IdSchema } from './ids.ts'
import { LocationRefSchema } from './location-ref.ts'
import { PARK_EXTENTS } from './park-extent.ts'
import { PlacePropertiesSchema } from './place.ts'

export const ParkKindSchema = z.enum(['park', 'base', 'zone', 'pilot-zone', 'cluster'])
export type ParkKind = z.infer<typeof ParkKindSchema>

/** What is known of a park's extent (`PARK_EXTENTS`, see `park-extent.ts`). */
export const ParkExtentSchema = z.enum(PARK_EXTENTS)

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

import { z } from 'zod'
import { AreaGeometrySchema, collectionSchema, featureSchema } from './geometry.ts'
import { PlacePropertiesSchema } from './place.ts'

export const ParkKindSchema = z.enum(['park', 'base', 'zone', 'pilot-zone', 'cluster'])
export type ParkKind = z.infer<typeof ParkKindSchema>

export const ParkPropertiesSchema = PlacePropertiesSchema.extend({
  kind: ParkKindSchema,
  /** Administrative level where a source gives it. */
  level: z.enum(['national', 'municipal', 'district']).nullable(),
  /** Area of the drawn polygon, km² (geodesic). */
  area_km2: z.number().positive(),
  /**
   * How the polygon was made: `boundary` (a mapped outline) or `radius` (a circle of
   * `radius_km` around the position, drawn as imprecise).
   */
  geometry_derivation: z.enum(['boundary', 'radius']),
  radius_km: z.number().positive().optional(),
})
export type ParkProperties = z.infer<typeof ParkPropertiesSchema>

export const ParkFeatureSchema = featureSchema(AreaGeometrySchema, ParkPropertiesSchema)
export type ParkFeature = z.infer<typeof ParkFeatureSchema>
export const ParkCollectionSchema = collectionSchema(ParkFeatureSchema)

import { z } from 'zod'
import { AreaGeometrySchema, collectionSchema, featureSchema } from './geometry.ts'
import { BilingualSchema, DistrictCodeSchema } from './ids.ts'

export const DistrictPropertiesSchema = BilingualSchema.extend({
  code: DistrictCodeSchema,
  /** Geodesic area on the WGS84 ellipsoid, km². */
  area_km2: z.number().positive(),
  source_name: z.string(),
  geometry_note: z.string().optional(),
})
export type DistrictProperties = z.infer<typeof DistrictPropertiesSchema>

export const DistrictFeatureSchema = featureSchema(AreaGeometrySchema, DistrictPropertiesSchema)
export type DistrictFeature = z.infer<typeof DistrictFeatureSchema>
export const DistrictCollectionSchema = collectionSchema(DistrictFeatureSchema)
